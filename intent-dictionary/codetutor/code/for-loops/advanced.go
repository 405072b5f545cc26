package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name  string
	Stock int
}

func main() {
	items := []Item{{"pens", 12}, {"pads", 0}, {"ink", 5}}
	// range hands out a copy of each element, so this changes nothing...
	for _, it := range items {
		it.Stock += 100
	}
	// ...while writing through the index changes the element itself.
	for i := range items {
		items[i].Stock++
	}
	fmt.Println(items)

	// Map iteration order is deliberately random: sort the keys for stable output.
	prices := map[string]int{"pens": 150, "pads": 320, "ink": 90}
	keys := make([]string, 0, len(prices))
	for k := range prices {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-5s %d\n", k, prices[k])
	}

	// Ranging over a string yields byte offsets and runes, not single bytes.
	for i, r := range "héllo" {
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()
}
