package main

import (
	"errors"
	"fmt"
)

// floorDiv rounds toward minus infinity; Go's "/" truncates toward zero.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// pagesNeeded is ceiling division in integers, with a checked divisor.
func pagesNeeded(items, perPage int) (int, error) {
	if perPage <= 0 {
		return 0, errors.New("perPage must be positive")
	}
	return (items + perPage - 1) / perPage, nil
}

// splitBill shares cents fairly, spreading the remainder.
func splitBill(totalCents, people int) []int {
	shares := make([]int, people)
	for i := range shares {
		shares[i] = totalCents / people
		if i < totalCents%people {
			shares[i]++
		}
	}
	return shares
}

func main() {
	fmt.Println(-7/2, floorDiv(-7, 2)) // -3 -4
	fmt.Println(-7%3, ((-7%3)+3)%3)    // -1 2

	p, err := pagesNeeded(11, 10)
	fmt.Println(p, err) // 2 <nil>
	_, err = pagesNeeded(11, 0)
	fmt.Println(err) // perPage must be positive

	fmt.Println(splitBill(1000, 3)) // [334 333 333]

	done, total := 2, 5
	fmt.Println(done/total*100, done*100/total) // 0 40
}
