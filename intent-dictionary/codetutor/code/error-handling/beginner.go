package main

import (
	"fmt"
	"strconv"
)

// Go returns errors as ordinary values; the caller checks them.
func divide(a, b int) (int, error) {
	if b == 0 {
		return 0, fmt.Errorf("cannot divide %d by zero", a)
	}
	return a / b, nil
}

func main() {
	n, err := strconv.Atoi("abc")
	if err != nil {
		fmt.Println("warning:", err)
		n = 0 // fall back to a default
	}
	fmt.Println(n)

	if _, err := divide(10, 0); err != nil {
		fmt.Println("error:", err)
	}
}
