package main

import "fmt"

func main() {
	temperature := 18

	// Only the first branch whose condition is true runs.
	if temperature < 0 {
		fmt.Println("Freezing: wear a heavy coat")
	} else if temperature < 15 {
		fmt.Println("Cold: take a jacket")
	} else if temperature < 25 {
		fmt.Println("Mild: a sweater is enough")
	} else {
		fmt.Println("Hot: T-shirt weather")
	}

	// Go has no ternary operator: use a plain if to pick a value.
	advice := "leave the umbrella at home"
	if temperature < 20 {
		advice = "take an umbrella"
	}
	fmt.Println(advice)
}
