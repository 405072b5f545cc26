package main

import "fmt"

// greet takes a string and returns a string.
func greet(name string) string {
	return "Hello, " + name + "!"
}

// Parameters of the same type can share one type name.
func area(width, height int) int {
	return width * height
}

func main() {
	// Define once, call as often as you like.
	fmt.Println(greet("Ada"))
	fmt.Println(greet("Grace"))

	room := area(3, 4) // the returned value can be stored and reused
	fmt.Println("Room area:", room)
	fmt.Println("Both rooms:", room+area(5, 5))
}
