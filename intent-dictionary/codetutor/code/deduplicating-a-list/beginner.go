package main

import "fmt"

func main() {
	tags := []string{"red", "blue", "red", "green", "blue", "red"}

	// Go has no set type: a map with empty-struct values is the usual set
	seen := make(map[string]struct{})
	var unique []string // the result, in first-seen order
	for _, tag := range tags {
		if _, ok := seen[tag]; !ok {
			seen[tag] = struct{}{}
			unique = append(unique, tag)
		}
	}
	fmt.Println(unique) // [red blue green]
}
