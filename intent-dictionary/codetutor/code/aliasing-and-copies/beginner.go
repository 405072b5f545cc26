package main

import "fmt"

func main() {
	// Arrays are values: assignment copies every element.
	arr := [3]int{1, 2, 3}
	arrCopy := arr
	arrCopy[0] = 99
	fmt.Println(arr, arrCopy) // [1 2 3] [99 2 3]

	// Slices are references to a shared backing array.
	s := []int{1, 2, 3}
	alias := s
	alias[0] = 99
	fmt.Println(s) // [99 2 3]: changed through the alias

	// copy() into a new slice makes an independent one.
	independent := make([]int, len(s))
	copy(independent, s)
	independent[1] = -1
	fmt.Println(s, independent) // [99 2 3] [99 -1 3]
}
