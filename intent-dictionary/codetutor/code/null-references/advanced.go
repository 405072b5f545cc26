package main

import (
	"errors"
	"fmt"
)

type Node struct {
	Value int
	Next  *Node
}

// Len works even on a nil *Node: methods can handle a nil receiver.
func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

var ErrNotFound = errors.New("not found")

// Prefer (value, error) or (value, ok) to returning a bare nil pointer.
func lookup(m map[string]int, key string) (int, error) {
	v, ok := m[key] // comma-ok separates "missing" from "zero"
	if !ok {
		return 0, fmt.Errorf("key %q: %w", key, ErrNotFound)
	}
	return v, nil
}

func main() {
	var empty *Node
	list := &Node{1, &Node{2, nil}}
	fmt.Println(empty.Len(), list.Len()) // 0 2

	// Reading a nil map is fine; writing to it panics, so make() it first.
	var counts map[string]int
	fmt.Println(counts["x"]) // 0
	counts = make(map[string]int)
	counts["x"]++

	if _, err := lookup(counts, "y"); errors.Is(err, ErrNotFound) {
		fmt.Println("error:", err) // error: key "y": not found
	}

	var names []string                // a nil slice is safe to append to
	fmt.Println(append(names, "Ada")) // [Ada]
}
