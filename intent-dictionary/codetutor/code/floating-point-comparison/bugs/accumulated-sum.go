package main

import "fmt"

func main() {
	// Deposit ten cents ten times.
	balance := 0.0
	for i := 0; i < 10; i++ {
		balance += 0.1
	}
	if balance != 1.0 { // BUG: exact comparison after ten rounded additions
		panic(fmt.Sprintf("balance should be exactly 1.0, got %v", balance))
	}
	fmt.Println("balance ok")
}
