package main

import "fmt"

func main() {
	scores := []int{45, 80, 30, 30, 95}

	// Safe: append the keepers to a NEW slice.
	var passing []int
	for _, s := range scores {
		if s >= 50 {
			passing = append(passing, s)
		}
	}
	fmt.Println(passing) // [80 95]

	// Deleting map entries during range is explicitly allowed in Go.
	stock := map[string]int{"apple": 3, "pear": 0}
	for name, qty := range stock {
		if qty == 0 {
			delete(stock, name)
		}
	}
	fmt.Println(stock) // map[apple:3]
}
