package main

import "fmt"

var greeting = "Hello" // package scope: visible in every function of the package

func welcome(name string) string {
	message := greeting + ", " + name + "!" // local to welcome
	return message
}

func main() {
	fmt.Println(welcome("Ada"))
	// fmt.Println(message) // compile error: undefined: message

	if n := len(greeting); n > 3 {
		inside := "only inside this if" // n and inside are block-scoped
		fmt.Println(inside, n)
	}
	// fmt.Println(inside) // compile error here too
}
