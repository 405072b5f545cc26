package main

import "fmt"

func main() {
	base := make([]string, 0, 4)
	base = append(base, "flour", "eggs")

	// Copy base before extending it, so each recipe owns its array.
	cake := append(append([]string(nil), base...), "sugar")
	bread := append(append([]string(nil), base...), "yeast")

	if cake[2] != "sugar" {
		panic(fmt.Sprintf("cake recipe corrupted: %v", cake))
	}
	fmt.Println(cake, bread) // [flour eggs sugar] [flour eggs yeast]
}
