package main

import "fmt"

// linear takes one step per item: O(n).
func linear(n int) int {
	steps := 0
	for i := 0; i < n; i++ {
		steps++
	}
	return steps
}

// quadratic runs a loop inside a loop: O(n^2).
func quadratic(n int) int {
	steps := 0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			steps++
		}
	}
	return steps
}

func main() {
	for _, n := range []int{10, 100, 1000} {
		fmt.Printf("n=%4d  linear=%4d  quadratic=%7d\n", n, linear(n), quadratic(n))
	}
}
