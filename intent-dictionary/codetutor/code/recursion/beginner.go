package main

import "fmt"

// factorial(n) = n * (n-1) * ... * 1, and factorial(0) = 1
func factorial(n int) int {
	if n <= 1 {
		return 1 // base case: answer directly
	}
	return n * factorial(n-1) // recursive case: a smaller problem
}

// sum adds a slice: first element + sum of the rest.
func sum(xs []int) int {
	if len(xs) == 0 {
		return 0 // base case: empty slice
	}
	return xs[0] + sum(xs[1:])
}

func main() {
	fmt.Println(factorial(5))             // 120
	fmt.Println(sum([]int{4, 8, 15, 16})) // 43
}
