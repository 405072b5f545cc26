package main

import "fmt"

type order struct {
	ID       int
	Customer string
	Total    float64
}

// indexFunc is a generic linear search with a predicate (Go 1.21 adds
// slices.IndexFunc; this is the same idea).
func indexFunc[T any](s []T, pred func(T) bool) int {
	for i := range s {
		if pred(s[i]) { // index instead of copying large structs
			return i
		}
	}
	return -1
}

// index works for any comparable type using ==.
func index[T comparable](s []T, v T) int {
	return indexFunc(s, func(x T) bool { return x == v })
}

func main() {
	orders := []order{{1, "ana", 20}, {2, "bo", 310.5}, {3, "ana", 99.9}}

	if i := indexFunc(orders, func(o order) bool { return o.Total > 100 }); i >= 0 {
		fmt.Println("first big order:", orders[i].ID) // 2
	}
	fmt.Println(index(orders, order{3, "ana", 99.9})) // 2: structs compare by value
	fmt.Println(index([]string{"a", "b"}, "z"))       // -1

	// Many lookups: build a map once (O(n)), then each query is O(1).
	byID := make(map[int]order, len(orders))
	for _, o := range orders {
		byID[o.ID] = o
	}
	if _, ok := byID[7]; !ok {
		fmt.Println("7 missing")
	}
}
