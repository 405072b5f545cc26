package main

import (
	"fmt"
	"sort"
)

// chunks splits items into pieces of size; slicing s[a:b] excludes b.
func chunks[T any](items []T, size int) [][]T {
	if size <= 0 {
		panic("size must be positive")
	}
	var out [][]T
	for start := 0; start < len(items); start += size {
		end := start + size
		if end > len(items) {
			end = len(items) // clamp: the last chunk may be shorter
		}
		out = append(out, items[start:end])
	}
	return out
}

// gaps: n values have n-1 gaps between neighbours (the fence-post rule).
func gaps(values []int) []int {
	out := []int{}
	for i := 0; i+1 < len(values); i++ {
		out = append(out, values[i+1]-values[i])
	}
	return out
}

func main() {
	data := []int{3, 8, 8, 15, 21, 30, 42}
	fmt.Println(chunks(data, 3)) // [[3 8 8] [15 21 30] [42]]

	// sort.Search searches the half-open range [0, n) and returns n if
	// nothing matches, so "not found" is one past the last index.
	lowerBound := func(target int) int {
		return sort.Search(len(data), func(i int) bool { return data[i] >= target })
	}
	fmt.Println(lowerBound(8), lowerBound(100)) // 1 7
	fmt.Println(gaps(data))                     // [5 0 7 6 9 12]
	fmt.Println(gaps([]int{5}))                 // []
}
