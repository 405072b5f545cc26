package main

import "fmt"

func main() {
	fruits := []string{"apple", "banana", "cherry"}

	// range gives the index and the value; _ ignores the index.
	for _, fruit := range fruits {
		fmt.Println("I like", fruit)
	}

	// The counting form: start; keep going while; step.
	total := 0
	for n := 1; n <= 5; n++ {
		total += n
	}
	fmt.Println("Sum of 1 to 5:", total)

	for i, fruit := range fruits {
		fmt.Println(i+1, fruit)
	}
}
