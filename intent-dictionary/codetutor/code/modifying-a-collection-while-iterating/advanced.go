package main

import "fmt"

// filterInPlace keeps the items for which keep is true, reusing the
// backing array: one pass, no allocation, order preserved.
func filterInPlace[T any](items []T, keep func(T) bool) []T {
	out := items[:0] // shares storage; writes never overtake reads
	for _, it := range items {
		if keep(it) {
			out = append(out, it)
		}
	}
	return out // callers MUST use the returned slice
}

func main() {
	readings := []int{5, -1, 7, -3, -3, 9}
	readings = filterInPlace(readings, func(r int) bool { return r >= 0 })
	fmt.Println(readings) // [5 7 9]

	// range over a slice evaluates the slice once: appending inside the
	// loop does not extend it, but the new items are not visited either.
	names := []string{"a", "b"}
	for _, n := range names {
		names = append(names, n+"!")
	}
	fmt.Println(names) // [a b a! b!]

	// Adding map keys during range may or may not visit them (the spec
	// leaves it unspecified), so collect first and add afterwards.
	graph := map[string][]string{"a": {"b"}, "b": {"c"}}
	var missing []string
	for _, targets := range graph {
		for _, t := range targets {
			if _, ok := graph[t]; !ok {
				missing = append(missing, t)
			}
		}
	}
	for _, m := range missing {
		graph[m] = nil
	}
	fmt.Println(len(graph), graph) // 3 map[a:[b] b:[c] c:[]] (fmt sorts keys)
}
