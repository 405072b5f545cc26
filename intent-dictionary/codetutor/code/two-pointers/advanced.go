package main

import "fmt"

// compact removes consecutive duplicates in place and returns the shortened
// slice (Go 1.21 has slices.Compact). write trails read: O(n), no allocation.
func compact[T comparable](s []T) []T {
	if len(s) == 0 {
		return s
	}
	write := 1
	for read := 1; read < len(s); read++ {
		if s[read] != s[write-1] {
			s[write] = s[read]
			write++
		}
	}
	return s[:write]
}

// closestPair finds the pair in sorted nums whose sum is closest to target.
func closestPair(nums []int, target int) (int, int) {
	left, right := 0, len(nums)-1
	bestL, bestR := left, right
	abs := func(x int) int {
		if x < 0 {
			return -x
		}
		return x
	}
	for left < right {
		sum := nums[left] + nums[right]
		if abs(sum-target) < abs(nums[bestL]+nums[bestR]-target) {
			bestL, bestR = left, right
		}
		if sum < target {
			left++
		} else {
			right-- // on an exact match the best is already recorded
		}
	}
	return nums[bestL], nums[bestR]
}

func main() {
	logins := []string{"ana", "ana", "bo", "bo", "bo", "cy", "ana"}
	fmt.Println(compact(logins)) // [ana bo cy ana]: only neighbours are merged

	fmt.Println(closestPair([]int{-4, 1, 3, 8, 12}, 10)) // 1 8
}
