package main

import (
	"fmt"
	"strings"
)

// UniqueBy keeps the first item for each distinct key, preserving order.
// K must be comparable so it can be a map key. O(n) time.
func UniqueBy[T any, K comparable](items []T, key func(T) K) []T {
	seen := make(map[K]struct{}, len(items))
	out := make([]T, 0, len(items))
	for _, item := range items {
		k := key(item)
		if _, dup := seen[k]; !dup {
			seen[k] = struct{}{}
			out = append(out, item)
		}
	}
	return out
}

// DedupeInPlace reuses the input's backing array: no second slice allocated.
func DedupeInPlace[T comparable](items []T) []T {
	seen := make(map[T]struct{}, len(items))
	n := 0
	for _, item := range items {
		if _, dup := seen[item]; !dup {
			seen[item] = struct{}{}
			items[n] = item
			n++
		}
	}
	return items[:n]
}

type Point struct{ X, Y int } // structs of comparable fields are comparable

func main() {
	emails := []string{"Ana@x.io", "bo@x.io", "ana@X.io", "cy@x.io", "BO@x.io"}
	fmt.Println(UniqueBy(emails, strings.ToLower))

	points := []Point{{1, 2}, {3, 4}, {1, 2}}
	fmt.Println(UniqueBy(points, func(p Point) Point { return p }))

	nums := []int{3, 1, 3, 2, 1}
	fmt.Println(DedupeInPlace(nums), "- nums now starts with", nums[:3])
}
