package main

import "fmt"

func main() {
	// A Go array has its length as part of its type: [5]int.
	temperatures := [5]int{18, 21, 19, 24, 22}

	fmt.Println("first:", temperatures[0])
	fmt.Println("last:", temperatures[len(temperatures)-1])

	temperatures[2] = 20 // replace one element in place
	for day, temp := range temperatures {
		fmt.Printf("day %d: %d C\n", day, temp)
	}
}
