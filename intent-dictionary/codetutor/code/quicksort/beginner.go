package main

import "fmt"

// quicksort sorts the slice in place.
func quicksort(a []int) {
	if len(a) <= 1 {
		return // zero or one element
	}
	p := partition(a)
	quicksort(a[:p])   // left of the pivot
	quicksort(a[p+1:]) // right of the pivot
}

// partition moves smaller values before the pivot and returns its index.
func partition(a []int) int {
	hi := len(a) - 1
	pivot := a[hi] // simplest choice: the last element
	i := 0         // next slot for a smaller value
	for j := 0; j < hi; j++ {
		if a[j] < pivot {
			a[i], a[j] = a[j], a[i]
			i++
		}
	}
	a[i], a[hi] = a[hi], a[i] // pivot lands between the parts
	return i
}

func main() {
	data := []int{3, 8, 5, 1, 9, 2, 7}
	quicksort(data)
	fmt.Println(data) // [1 2 3 5 7 8 9]
}
