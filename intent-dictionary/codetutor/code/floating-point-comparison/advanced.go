package main

import (
	"fmt"
	"math"
)

// isClose: relative tolerance scaled by the larger magnitude, with an
// absolute floor for values near zero. NaN is never close to anything.
func isClose(a, b, relTol, absTol float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return false
	}
	if a == b {
		return true // exact hits and equal infinities
	}
	scale := math.Max(math.Abs(a), math.Abs(b))
	return math.Abs(a-b) <= math.Max(relTol*scale, absTol)
}

func main() {
	x, y := 0.1, 0.2
	fmt.Println(isClose(x+y, 0.3, 1e-9, 0))    // true
	fmt.Println(isClose(1e-12, 0, 1e-9, 0))    // false
	fmt.Println(isClose(1e-12, 0, 1e-9, 1e-9)) // true

	// Untyped constants are exact; the same sum in variables is not.
	const exact = 0.1 + 0.2
	fmt.Println(exact == 0.3, x+y == 0.3) // true false

	// Nextafter shows the spacing between neighbouring float64 values.
	fmt.Println(math.Nextafter(1, 2)-1, math.Nextafter(1e16, 2e16)-1e16) // 2.220446049250313e-16 2

	// NaN compares unequal to itself: a NaN map key can never be found.
	nan := math.NaN()
	m := map[float64]string{nan: "lost"}
	_, ok := m[nan]
	fmt.Println(nan == nan, ok, len(m)) // false false 1

	// Money: integer cents.
	var cents int64 = 10 + 20
	fmt.Printf("%d.%02d\n", cents/100, cents%100) // 0.30
}
