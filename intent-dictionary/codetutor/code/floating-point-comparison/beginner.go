package main

import (
	"fmt"
	"math"
)

func main() {
	// Variables force run-time float64 arithmetic (Go folds constants exactly).
	a, b := 0.1, 0.2
	total := a + b
	fmt.Println(total)        // 0.30000000000000004
	fmt.Println(total == 0.3) // false

	// Compare with a tolerance instead of ==.
	const tolerance = 1e-9
	fmt.Println(math.Abs(total-0.3) < tolerance) // true
}
