package main

import "fmt"

var cache = map[int]int{} // n -> fib(n)

func fib(n int) int {
	if v, ok := cache[n]; ok {
		return v // already solved: reuse it
	}
	result := n
	if n >= 2 {
		result = fib(n-1) + fib(n-2)
	}
	cache[n] = result // remember it for next time
	return result
}

func main() {
	fmt.Println(fib(10)) // 55
	fmt.Println(fib(80)) // 23416728348467685, instantly
}
