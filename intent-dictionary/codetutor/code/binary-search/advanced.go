package main

import (
	"fmt"
	"sort"
)

// lowerBound is a generic lower bound: the first index i with !less(s[i], x).
func lowerBound[T any](s []T, x T, less func(a, b T) bool) int {
	lo, hi := 0, len(s) // half-open [lo, hi)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1) // avoids overflow, as sort.Search does
		if less(s[mid], x) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

type user struct {
	ID   int
	Name string
}

func main() {
	users := []user{{3, "ana"}, {8, "bo"}, {21, "cy"}, {40, "di"}}
	byID := func(a, b user) bool { return a.ID < b.ID }

	if i := lowerBound(users, user{ID: 21}, byID); i < len(users) && users[i].ID == 21 {
		fmt.Println("found", users[i].Name) // found cy
	}

	// sort.Search finds the first index where a monotonic predicate holds.
	// Searching on the answer: smallest capacity that ships in <= 3 trips.
	pkgs := []int{4, 7, 2, 9, 5}
	trips := func(capacity int) int {
		n, load := 1, 0
		for _, p := range pkgs {
			if load+p > capacity {
				n, load = n+1, 0
			}
			load += p
		}
		return n
	}
	lo, hi := 9, 27 // largest package .. everything in one trip
	capacity := lo + sort.Search(hi-lo+1, func(c int) bool { return trips(lo+c) <= 3 })
	fmt.Println("minimum capacity:", capacity) // 11
}
