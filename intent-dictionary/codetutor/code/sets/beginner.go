package main

import (
	"fmt"
	"sort"
)

func main() {
	// Go has no set type; a map with empty-struct values is the idiom.
	visitors := []string{"ana", "ben", "ana", "cleo", "ben"}
	unique := make(map[string]struct{})
	for _, v := range visitors {
		unique[v] = struct{}{} // adding a duplicate changes nothing
	}

	_, ok := unique["cleo"]
	fmt.Println("count:", len(unique), "did cleo visit?", ok)

	names := make([]string, 0, len(unique))
	for name := range unique {
		names = append(names, name)
	}
	sort.Strings(names) // map order is random, so sort before printing
	fmt.Println("unique visitors:", names)
}
