package main

import (
	"fmt"
	"sort"
)

// topoSort orders tasks so every dependency comes first, using DFS with
// three colours; a grey node reached again means a cycle.
func topoSort(deps map[string][]string) ([]string, error) {
	const (
		white = iota // unvisited
		grey         // on the current DFS path
		black        // finished
	)
	colour := map[string]int{}
	var order []string
	var visit func(string) error
	visit = func(n string) error {
		switch colour[n] {
		case grey:
			return fmt.Errorf("cycle detected at %q", n)
		case black:
			return nil
		}
		colour[n] = grey
		for _, d := range deps[n] {
			if err := visit(d); err != nil {
				return err
			}
		}
		colour[n] = black
		order = append(order, n) // post-order: dependencies first
		return nil
	}
	names := make([]string, 0, len(deps))
	for n := range deps {
		names = append(names, n)
	}
	sort.Strings(names) // deterministic result despite random map order
	for _, n := range names {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func main() {
	build := map[string][]string{ // task -> tasks it depends on
		"deploy":  {"test", "package"},
		"test":    {"compile"},
		"package": {"compile"},
		"compile": {"fetch"},
	}
	fmt.Println(topoSort(build))
	fmt.Println(topoSort(map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"a"}}))
}
