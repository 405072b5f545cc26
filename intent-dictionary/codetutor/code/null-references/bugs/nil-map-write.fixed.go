package main

import "fmt"

type Inventory struct {
	counts map[string]int
}

func main() {
	inv := Inventory{counts: make(map[string]int)} // allocate the map first
	inv.counts["apple"] += 3
	fmt.Println(inv.counts) // map[apple:3]
}
