package main

import "fmt"

func main() {
	// Deposit ten cents ten times, counting whole cents.
	var balanceCents int64
	for i := 0; i < 10; i++ {
		balanceCents += 10
	}
	if balanceCents != 100 { // integers compare exactly
		panic(fmt.Sprintf("balance should be exactly 100 cents, got %d", balanceCents))
	}
	fmt.Println("balance ok")
}
