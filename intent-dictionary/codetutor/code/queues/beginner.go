package main

import "fmt"

func main() {
	// A slice used as a queue: append at the back, take from the front.
	line := []string{}
	line = append(line, "ana", "ben", "cleo")

	fmt.Println("next up:", line[0]) // peek at the front
	for len(line) > 0 {
		customer := line[0]
		line = line[1:] // drop the front item
		fmt.Println("serving", customer)
	}
}
