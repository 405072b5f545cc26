package main

import (
	"fmt"
	"strconv"
)

func main() {
	// var with an explicit type, or := to let Go infer it.
	var name string = "Ada"
	age := 36          // int
	height := 1.65     // float64
	isStudent := false // bool

	fmt.Printf("%s is %d years old and %.2f m tall\n", name, age, height)
	fmt.Printf("types: %T %T %T %T\n", name, age, height, isStudent)

	age = age + 1
	fmt.Println("Next year:", age)

	// Converting text can fail, so Atoi also returns an error.
	if parsed, err := strconv.Atoi("42"); err == nil {
		fmt.Println(parsed + 8)
	}
}
