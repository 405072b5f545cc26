package main

import "fmt"

// quicksort sorts s in place: middle pivot, three-way partition (fast on
// duplicates), recursion into the smaller part only: O(log n) stack.
func quicksort[T any](s []T, less func(a, b T) bool) {
	for len(s) > 1 {
		pivot := s[len(s)/2]      // middle element: sorted input stays O(n log n)
		lt, i, gt := 0, 0, len(s) // s[:lt] < p, s[lt:i] == p, s[gt:] > p
		for i < gt {
			switch {
			case less(s[i], pivot):
				s[lt], s[i] = s[i], s[lt]
				lt, i = lt+1, i+1
			case less(pivot, s[i]):
				gt--
				s[gt], s[i] = s[i], s[gt]
			default:
				i++
			}
		}
		if lt < len(s)-gt {
			quicksort(s[:lt], less)
			s = s[gt:]
		} else {
			quicksort(s[gt:], less)
			s = s[:lt]
		}
	}
}

func main() {
	sorted := make([]int, 100000)
	for i := range sorted {
		sorted[i] = i // worst case for a last-element pivot
	}
	quicksort(sorted, func(a, b int) bool { return a < b })
	words := []string{"pear", "fig", "apple", "date", "fig"}
	quicksort(words, func(a, b string) bool { return a < b })
	fmt.Println(sorted[:3], words) // [0 1 2] [apple date fig fig pear]
}
