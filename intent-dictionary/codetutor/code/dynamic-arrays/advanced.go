package main

import "fmt"

// filterInPlace keeps matching items, reusing the backing array (no allocation).
func filterInPlace[T any](items []T, keep func(T) bool) []T {
	out := items[:0]
	for _, it := range items {
		if keep(it) {
			out = append(out, it)
		}
	}
	var zero T
	for i := len(out); i < len(items); i++ {
		items[i] = zero // clear the tail so the GC can free what it held
	}
	return out
}

func main() {
	// Pre-size with make(len 0, cap n) to avoid repeated growth.
	nums := make([]int, 0, 8)
	for i := 1; i <= 8; i++ {
		nums = append(nums, i)
	}
	fmt.Println(nums, "len", len(nums), "cap", cap(nums))

	// Aliasing pitfall: two slices can share one backing array.
	head := nums[:2]
	head = append(head, 100) // there is spare capacity, so this overwrites nums[2]!
	fmt.Println("nums after append to head:", nums)

	// A full slice expression caps capacity, forcing append to copy.
	safe := nums[:2:2]
	safe = append(safe, -1)
	fmt.Println("safe:", safe, "nums[2] still:", nums[2])

	evens := filterInPlace(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println("evens:", evens)
}
