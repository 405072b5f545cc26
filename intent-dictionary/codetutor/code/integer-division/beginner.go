package main

import "fmt"

func main() {
	// int / int gives an int: the fraction is thrown away.
	fmt.Println(7 / 2) // 3
	fmt.Println(7 % 2) // 1 (remainder)

	// Convert to float64 BEFORE dividing to keep the fraction.
	sum, count := 15, 4
	average := float64(sum) / float64(count)
	fmt.Println(average) // 3.75

	// Converting after dividing is too late.
	fmt.Println(float64(sum / count)) // 3
}
