package main

import (
	"errors"
	"fmt"
)

// Grid is a fixed-size 2-D grid stored row-major in one flat slice.
type Grid struct {
	rows, cols int
	cells      []float64
}

var errOutOfRange = errors.New("cell outside grid")

func NewGrid(rows, cols int) (*Grid, error) {
	if rows <= 0 || cols <= 0 {
		return nil, errors.New("dimensions must be positive")
	}
	return &Grid{rows, cols, make([]float64, rows*cols)}, nil
}

func (g *Grid) offset(r, c int) (int, error) {
	if r < 0 || r >= g.rows || c < 0 || c >= g.cols {
		return 0, fmt.Errorf("(%d, %d): %w", r, c, errOutOfRange)
	}
	return r*g.cols + c, nil // O(1) address arithmetic
}

func (g *Grid) Set(r, c int, v float64) error {
	i, err := g.offset(r, c)
	if err == nil {
		g.cells[i] = v
	}
	return err
}

func main() {
	// Arrays are values: assigning one copies every element.
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 99
	fmt.Println("a:", a, "b:", b)

	g, _ := NewGrid(3, 4)
	for r := 0; r < g.rows; r++ {
		for c := 0; c < g.cols; c++ {
			_ = g.Set(r, c, float64(r*10+c))
		}
	}
	fmt.Println("row 2:", g.cells[2*g.cols:3*g.cols]) // a slice view, no copy
	if err := g.Set(3, 0, 1); errors.Is(err, errOutOfRange) {
		fmt.Println("error:", err)
	}
}
