package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

// Cents is a distinct type, so it cannot be mixed with a plain count by accident.
type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func main() {
	// Zero values: every declared variable starts out usable.
	var count int
	var label string
	var scores []int
	fmt.Printf("%d %q %v nil=%t\n", count, label, scores, scores == nil)

	// No implicit conversions: int and float64 must be converted explicitly.
	items := 7
	avg := float64(items) / 2
	fmt.Println(items/2, avg)

	// Sized integers wrap around on overflow.
	var small uint8 = math.MaxUint8
	small++
	fmt.Println("uint8 wrapped to", small)

	// Parsing returns an error value that says what went wrong.
	for _, s := range []string{"42", "-7", "3.5", "99999999999999999999"} {
		n, err := strconv.ParseInt(s, 10, 64)
		var numErr *strconv.NumError
		if errors.As(err, &numErr) {
			fmt.Printf("%q: %v\n", s, numErr.Err)
			continue
		}
		fmt.Printf("%q -> %d\n", s, n)
	}

	var price Cents = 1999
	fmt.Println("total:", price+250)
}
