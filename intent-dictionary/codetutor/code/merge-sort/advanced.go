package main

import "fmt"

// mergeSort sorts s in place, stably, using one scratch buffer: O(n log n).
func mergeSort[T any](s []T, less func(a, b T) bool) {
	buf := make([]T, len(s))
	var sort func(lo, hi int)
	sort = func(lo, hi int) {
		if hi-lo <= 1 {
			return
		}
		mid := lo + (hi-lo)/2
		sort(lo, mid)
		sort(mid, hi)
		if !less(s[mid], s[mid-1]) {
			return // the halves are already in order
		}
		copy(buf[lo:hi], s[lo:hi])
		i, j := lo, mid
		for k := lo; k < hi; k++ {
			// take from the right only if strictly smaller: stable
			if i < mid && (j >= hi || !less(buf[j], buf[i])) {
				s[k], i = buf[i], i+1
			} else {
				s[k], j = buf[j], j+1
			}
		}
	}
	sort(0, len(s))
}

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"mia", 31}, {"ali", 25}, {"zoe", 31}, {"bob", 25}}
	mergeSort(people, func(a, b person) bool { return a.age < b.age })
	fmt.Println(people) // [{ali 25} {bob 25} {mia 31} {zoe 31}]

	words := []string{"pear", "fig", "apple", "kiwi"}
	mergeSort(words, func(a, b string) bool { return len(a) < len(b) })
	fmt.Println(words) // [fig pear kiwi apple]
}
