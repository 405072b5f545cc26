package main

import "fmt"

func main() {
	total := 10

	if total > 5 {
		total := 99        // := declares a NEW variable that shadows the outer one
		fmt.Println(total) // 99
	}
	fmt.Println(total) // 10: the outer variable was never changed

	if total > 5 {
		total = total + 1 // plain = assigns to the existing variable
	}
	fmt.Println(total) // 11
}
