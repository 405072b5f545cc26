package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	// Structs of comparable fields compare field by field with ==.
	fmt.Println(Point{1, 2} == Point{1, 2}) // true

	// Pointers compare by ADDRESS: two separate points are different.
	p, q := &Point{1, 2}, &Point{1, 2}
	fmt.Println(p == q, *p == *q) // false true

	// Strings compare by content.
	fmt.Println("go" == "g"+"o") // true

	// Slices cannot be compared with == (except to nil): compare by hand.
	a, b := []int{1, 2}, []int{1, 2}
	same := len(a) == len(b)
	for i := 0; same && i < len(a); i++ {
		same = a[i] == b[i]
	}
	fmt.Println(same) // true
}
