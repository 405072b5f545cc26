package main

import (
	"errors"
	"fmt"
	"math"
)

// Vector is a small value type: unexported fields, a validating constructor.
type Vector struct {
	x, y float64
}

var ErrNotFinite = errors.New("coordinates must be finite")

func NewVector(x, y float64) (Vector, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.IsNaN(y) || math.IsInf(y, 0) {
		return Vector{}, ErrNotFinite
	}
	return Vector{x, y}, nil
}

// Value receivers: the methods work on a copy and never mutate the caller's vector.
func (v Vector) Plus(o Vector) Vector { return Vector{v.x + o.x, v.y + o.y} }
func (v Vector) Length() float64      { return math.Hypot(v.x, v.y) }
func (v Vector) String() string       { return fmt.Sprintf("Vector(%g, %g)", v.x, v.y) }

func main() {
	a, _ := NewVector(3, 4)
	b, _ := NewVector(3, 4)
	fmt.Println(a, "has length", a.Length())
	fmt.Println("a == b (comparable structs compare by value):", a == b)
	pa, pb := &a, &b
	fmt.Println("pointers to them are equal:", pa == pb)
	fmt.Println("sum:", a.Plus(Vector{1, -1}))
	seen := map[Vector]bool{a: true, b: true, {}: true}
	fmt.Println("distinct values as map keys:", len(seen))
	if _, err := NewVector(1, math.Inf(1)); errors.Is(err, ErrNotFinite) {
		fmt.Println("rejected:", err)
	}
}
