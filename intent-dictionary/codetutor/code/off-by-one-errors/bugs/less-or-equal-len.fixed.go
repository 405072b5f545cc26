package main

import "fmt"

func main() {
	temps := []int{18, 21, 19, 24}
	warmest := temps[0]
	// Valid indexes are 0 .. len-1, so the test is "<".
	for i := 1; i < len(temps); i++ {
		if temps[i] > warmest {
			warmest = temps[i]
		}
	}
	fmt.Println("warmest:", warmest) // 24
}
