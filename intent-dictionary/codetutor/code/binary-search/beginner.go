package main

import "fmt"

// binarySearch returns the index of target in the sorted slice, or -1.
func binarySearch(items []int, target int) int {
	lo, hi := 0, len(items)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2 // middle of the remaining range
		switch {
		case items[mid] == target:
			return mid
		case items[mid] < target:
			lo = mid + 1 // keep the right half
		default:
			hi = mid - 1 // keep the left half
		}
	}
	return -1
}

func main() {
	scores := []int{3, 8, 15, 23, 42, 57, 91}
	fmt.Println(binarySearch(scores, 42)) // 4
	fmt.Println(binarySearch(scores, 5))  // -1
}
