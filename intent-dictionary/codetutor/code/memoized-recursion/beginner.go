package main

import "fmt"

var memo = map[int]int{} // n -> fib(n), filled in as we go

func fib(n int) int {
	if n < 2 { // base cases: fib(0) = 0, fib(1) = 1
		return n
	}
	if v, ok := memo[n]; ok { // already solved: reuse it
		return v
	}
	memo[n] = fib(n-1) + fib(n-2) // solve once, remember it
	return memo[n]
}

func main() {
	fmt.Println(fib(10))
	fmt.Println(fib(50)) // instant; without the memo this would take minutes
}
