package main

import "fmt"

func main() {
	// An adjacency list: each city maps to the cities it has a direct road to.
	roads := map[string][]string{
		"Avon": {"Bree", "Cole"},
		"Bree": {"Avon", "Dale"},
		"Cole": {"Avon", "Dale"},
		"Dale": {"Bree", "Cole", "Eton"},
		"Eton": {"Dale"},
	}

	ends := 0
	for _, city := range []string{"Avon", "Bree", "Cole", "Dale", "Eton"} { // fixed order
		fmt.Println(city, "connects to", roads[city])
		ends += len(roads[city])
	}
	fmt.Println("roads:", ends/2) // each road is listed from both ends
}
