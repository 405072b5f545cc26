package main

import "fmt"

// insertionSort sorts the slice in place, smallest first.
func insertionSort(items []int) {
	for i := 1; i < len(items); i++ {
		key := items[i] // the next value to place
		j := i - 1
		for j >= 0 && items[j] > key {
			items[j+1] = items[j] // shift the bigger value right
			j--
		}
		items[j+1] = key // drop the key into the gap
	}
}

func main() {
	cards := []int{5, 2, 9, 1, 7}
	insertionSort(cards)
	fmt.Println(cards) // [1 2 5 7 9]
}
