package main

import (
	"errors"
	"fmt"
)

var errEmpty = errors.New("no values given")

// Variadic parameters plus multiple results: the idiomatic value-and-error pair.
func minMax(values ...int) (lo, hi int, err error) {
	if len(values) == 0 {
		return 0, 0, errEmpty
	}
	lo, hi = values[0], values[0]
	for _, v := range values[1:] {
		switch {
		case v < lo:
			lo = v
		case v > hi:
			hi = v
		}
	}
	return lo, hi, nil
}

// Functions are values: discount returns a closure that remembers percent.
func discount(percent int) func(int) int {
	return func(price int) int { return price * (100 - percent) / 100 }
}

// A generic higher-order function.
func mapSlice[T, R any](items []T, f func(T) R) []R {
	out := make([]R, 0, len(items))
	for _, item := range items {
		out = append(out, f(item))
	}
	return out
}

func main() {
	lo, hi, err := minMax(4, 1, 9, 7)
	fmt.Println(lo, hi, err)
	fmt.Println(minMax([]int{4, 1, 9}...)) // spread a slice into the variadic parameter
	if _, _, err := minMax(); errors.Is(err, errEmpty) {
		fmt.Println("error:", err)
	}
	fmt.Println(mapSlice([]int{1000, 2599, 99}, discount(20)))
	fmt.Println(mapSlice([]int{1, 2, 3}, func(n int) string { return fmt.Sprint(n * n) }))
}
