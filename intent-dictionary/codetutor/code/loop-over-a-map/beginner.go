package main

import (
	"fmt"
	"sort"
)

func main() {
	// Stock levels in a small shop: fruit name -> units in stock
	stock := map[string]int{"apple": 12, "banana": 0, "cherry": 30}

	// Go visits map entries in a random order, so sort the keys first
	fruits := make([]string, 0, len(stock))
	for fruit := range stock {
		fruits = append(fruits, fruit)
	}
	sort.Strings(fruits)

	total := 0
	for _, fruit := range fruits {
		fmt.Printf("%s: %d units\n", fruit, stock[fruit])
		total += stock[fruit]
	}
	fmt.Println("total units:", total)
}
