package main

import "fmt"

func main() {
	// Go writes a while loop as `for condition`.
	count := 5
	for count > 0 {
		fmt.Println(count)
		count-- // without this line the loop would never end
	}
	fmt.Println("Lift off!")

	// Keep doubling until we pass 100: we don't know the number of steps in advance.
	value, steps := 1, 0
	for value < 100 {
		value *= 2
		steps++
	}
	fmt.Printf("%d doublings reach %d\n", steps, value)
}
