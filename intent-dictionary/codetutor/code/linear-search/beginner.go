package main

import "fmt"

// linearSearch returns the index of the first element equal to target, or -1.
func linearSearch(items []string, target string) int {
	for i, item := range items {
		if item == target {
			return i // stop at the first match
		}
	}
	return -1 // checked every element
}

func main() {
	fruits := []string{"pear", "apple", "fig", "apple"}
	fmt.Println(linearSearch(fruits, "apple")) // 1
	fmt.Println(linearSearch(fruits, "kiwi"))  // -1
}
