package main

import "fmt"

// Discount is the interface: any type with this method satisfies it
// automatically; Go has no "implements" keyword.
type Discount interface {
	Apply(price float64) float64
}

type NoDiscount struct{}

func (NoDiscount) Apply(price float64) float64 { return price }

type PercentOff struct{ Percent float64 }

func (p PercentOff) Apply(price float64) float64 { return price * (1 - p.Percent/100) }

func checkout(price float64, d Discount) float64 {
	return d.Apply(price) // works with any strategy, old or new
}

func main() {
	fmt.Println(checkout(80, NoDiscount{}))   // 80
	fmt.Println(checkout(80, PercentOff{25})) // 60
}
