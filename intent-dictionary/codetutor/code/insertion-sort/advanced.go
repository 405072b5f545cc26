package main

import "fmt"

// insertionSort is a stable generic sort; it returns how many shifts it did.
// Cost is O(n + inversions), so nearly sorted input is close to linear.
func insertionSort[T any](s []T, less func(a, b T) bool) int {
	shifts := 0
	for i := 1; i < len(s); i++ {
		key := s[i]
		j := i - 1
		for j >= 0 && less(key, s[j]) { // strictly less: equal keys keep order
			s[j+1] = s[j]
			j--
			shifts++
		}
		s[j+1] = key
	}
	return shifts
}

type task struct {
	name     string
	priority int
}

func main() {
	tasks := []task{{"write", 2}, {"test", 1}, {"deploy", 3}, {"review", 2}}
	n := insertionSort(tasks, func(a, b task) bool { return a.priority < b.priority })
	fmt.Println(tasks, n) // [{test 1} {write 2} {review 2} {deploy 3}] 2

	// Online: append each arriving reading and insert it into place.
	var window []float64
	for _, r := range []float64{3.5, 1.25, 9.0, 2.5} {
		window = append(window, r)
		insertionSort(window, func(a, b float64) bool { return a < b })
		fmt.Println(window)
	}
}
