package main

import "fmt"

func main() {
	temps := []int{18, 21, 19, 24}
	warmest := temps[0]
	// BUG: "<=" lets i reach len(temps), one past the last index.
	for i := 1; i <= len(temps); i++ {
		if temps[i] > warmest {
			warmest = temps[i]
		}
	}
	fmt.Println("warmest:", warmest)
}
