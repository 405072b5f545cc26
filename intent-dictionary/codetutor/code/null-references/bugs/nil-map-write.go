package main

import "fmt"

type Inventory struct {
	counts map[string]int
}

func main() {
	var inv Inventory // BUG: counts is a nil map, never made
	inv.counts["apple"] += 3
	fmt.Println(inv.counts)
}
