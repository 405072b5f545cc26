package main

import (
	"fmt"
	"strings"
)

// Hidden quadratic cost: s += piece copies the whole string every time,
// because Go strings are immutable. Building n pieces copies ~n^2/2 bytes.
func concatCost(pieces []string) (string, int) {
	s, copied := "", 0
	for _, p := range pieces {
		s += p
		copied += len(s) // the new string is allocated and filled in full
	}
	return s, copied
}

// strings.Builder appends into a growing buffer: amortized O(1) per byte,
// O(n) in total. Grow reserves the space up front when the size is known.
func builderCost(pieces []string) (string, int) {
	total := 0
	for _, p := range pieces {
		total += len(p)
	}
	var b strings.Builder
	b.Grow(total)
	for _, p := range pieces {
		b.WriteString(p)
	}
	return b.String(), total // each byte is written exactly once
}

func main() {
	fmt.Println("pieces   += bytes copied   Builder bytes")
	for _, n := range []int{1000, 2000, 4000} {
		pieces := make([]string, n)
		for i := range pieces {
			pieces[i] = "row;" // 4 bytes each
		}
		s1, c1 := concatCost(pieces)
		s2, c2 := builderCost(pieces)
		if s1 != s2 {
			panic("results differ")
		}
		fmt.Printf("%6d %18d %15d\n", n, c1, c2)
	}
}
