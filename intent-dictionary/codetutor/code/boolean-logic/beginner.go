package main

import "fmt"

func main() {
	age := 20
	hasTicket := true
	isStaff := false

	// &&: both must be true; ||: at least one; !: flips the value.
	canEnter := (age >= 18 && hasTicket) || isStaff
	fmt.Println("Can enter:", canEnter)

	fmt.Println("Is minor:", !(age >= 18))
	fmt.Println(true && false, true || false, !true)

	// Comparisons produce booleans too.
	isTeen := age >= 13 && age <= 19
	fmt.Println("Teenager:", isTeen)
}
