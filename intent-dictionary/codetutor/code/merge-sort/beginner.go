package main

import "fmt"

// merge combines two sorted slices into one sorted slice.
func merge(left, right []int) []int {
	result := make([]int, 0, len(left)+len(right))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if left[i] <= right[j] { // ties from the left keep the sort stable
			result = append(result, left[i])
			i++
		} else {
			result = append(result, right[j])
			j++
		}
	}
	result = append(result, left[i:]...) // leftovers
	return append(result, right[j:]...)
}

func mergeSort(items []int) []int {
	if len(items) <= 1 {
		return items // base case
	}
	mid := len(items) / 2
	return merge(mergeSort(items[:mid]), mergeSort(items[mid:]))
}

func main() {
	fmt.Println(mergeSort([]int{38, 27, 43, 3, 9, 82, 10})) // [3 9 10 27 38 43 82]
}
