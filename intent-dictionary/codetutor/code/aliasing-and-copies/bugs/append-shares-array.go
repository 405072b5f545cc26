package main

import "fmt"

func main() {
	base := make([]string, 0, 4)
	base = append(base, "flour", "eggs")

	cake := append(base, "sugar")  // BUG: shares base's spare capacity
	bread := append(base, "yeast") // writes into the SAME slot as "sugar"

	if cake[2] != "sugar" {
		panic(fmt.Sprintf("cake recipe corrupted: %v", cake))
	}
	fmt.Println(cake, bread)
}
