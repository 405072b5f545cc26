package main

import (
	"fmt"
	"sort"
	"strings"
)

// Point is comparable (all fields are), so it can be a map key.
type Point struct{ X, Y int }

func wordCounts(text string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		counts[w]++ // a missing key reads as 0, so no check is needed
	}
	return counts
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys) // map iteration order is deliberately random
	return keys
}

func main() {
	counts := wordCounts("The cat and the hat and THE bat")
	for _, k := range sortedKeys(counts) {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()

	owners := map[Point]string{{2, 3}: "bob"}
	fmt.Println("owner of (2,3):", owners[Point{2, 3}])

	// Sets are commonly modelled as map[T]struct{}.
	seen := make(map[string]struct{})
	for _, w := range []string{"a", "b", "a"} {
		seen[w] = struct{}{}
	}
	fmt.Println("distinct:", len(seen))

	var nilMap map[string]int
	fmt.Println("reading a nil map is fine:", nilMap["x"])
	defer func() { fmt.Println("recovered:", recover()) }()
	nilMap["x"] = 1 // writing to a nil map panics: always make() it first
}
