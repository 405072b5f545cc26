package main

import "fmt"

// const values are fixed when the program is compiled.
const DaysPerWeek = 7
const TaxRate = 0.2

// iota numbers a group of related constants: 0, 1, 2.
const (
	Small = iota
	Medium
	Large
)

func main() {
	weeks := 3
	fmt.Println("Days:", weeks*DaysPerWeek)
	fmt.Printf("Price with tax: %.2f\n", 50*(1+TaxRate))
	// DaysPerWeek = 8 // compile error: cannot assign to DaysPerWeek
	fmt.Println("sizes:", Small, Medium, Large)
}
