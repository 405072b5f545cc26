package main

import (
	"fmt"
	"strconv"
)

// Buggy: `:=` inside the if declares a NEW err that shadows the outer one.
func firstErrorShadowed(inputs []string) error {
	var err error
	for _, s := range inputs {
		if _, err := strconv.Atoi(s); err != nil {
			break
		}
	}
	return err // still the outer err: always nil
}

// Fixed: assign to the outer variable with `=`.
func firstError(inputs []string) error {
	var err error
	for _, s := range inputs {
		if _, err = strconv.Atoi(s); err != nil {
			break
		}
	}
	return err
}

// The closure keeps count alive after makeCounter returns.
func makeCounter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func main() {
	inputs := []string{"1", "two", "3"}
	fmt.Println("shadowed:", firstErrorShadowed(inputs))
	fmt.Println("fixed:   ", firstError(inputs))

	a, b := makeCounter(), makeCounter()
	fmt.Println(a(), a(), b())
}
