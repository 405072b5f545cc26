package main

import (
	"fmt"
	"math"
	"sort"
)

type Order struct {
	SubtotalCents int64
	WeightKg      float64
}

// ShippingStrategy is satisfied implicitly by any type with Quote.
type ShippingStrategy interface {
	Quote(o Order) int64 // cents: integers avoid float rounding
}

type FlatRate int64

func (f FlatRate) Quote(Order) int64 { return int64(f) }

type ByWeight struct{ CentsPerKg float64 }

func (b ByWeight) Quote(o Order) int64 { return int64(math.Round(o.WeightKg * b.CentsPerKg)) }

// FreeOver wraps another strategy: strategies compose.
type FreeOver struct {
	Threshold int64
	Otherwise ShippingStrategy
}

func (f FreeOver) Quote(o Order) int64 {
	if o.SubtotalCents >= f.Threshold {
		return 0
	}
	return f.Otherwise.Quote(o)
}

// QuoteFunc adapts a plain function to the interface (like http.HandlerFunc).
type QuoteFunc func(Order) int64

func (q QuoteFunc) Quote(o Order) int64 { return q(o) }

// Compile-time checks that each type satisfies the interface.
var _ ShippingStrategy = FlatRate(0)
var _ ShippingStrategy = QuoteFunc(nil)

func main() {
	registry := map[string]ShippingStrategy{
		"flat":   FlatRate(499),
		"weight": ByWeight{120},
		"promo":  FreeOver{5000, FlatRate(499)},
		"pickup": QuoteFunc(func(Order) int64 { return 0 }),
	}
	names := make([]string, 0, len(registry))
	for name := range registry {
		names = append(names, name)
	}
	sort.Strings(names) // map order is random: sort for stable output
	orders := []Order{{2500, 1.5}, {7200, 9}}
	for _, name := range names {
		s := registry[name]
		fmt.Printf("%-7s %d %d\n", name, s.Quote(orders[0]), s.Quote(orders[1]))
	}
}
