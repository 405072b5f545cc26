package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Circle struct{ Radius float64 }
type Square struct{ Side float64 }

func (c Circle) Area() float64 { return math.Pi * c.Radius * c.Radius }
func (s Square) Area() float64 { return s.Side * s.Side }

func main() {
	// One loop, one call: each value runs its own version of Area().
	for _, shape := range []Shape{Circle{1}, Square{3}} {
		fmt.Printf("%T %.2f\n", shape, shape.Area())
	}
}
