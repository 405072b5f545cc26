package main

import (
	"fmt"
	"sort"
)

// Set is a generic set over any comparable type.
type Set[T comparable] map[T]struct{}

func Of[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s[it] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	if len(o) < len(s) {
		s, o = o, s // iterate over the smaller set
	}
	out := make(Set[T])
	for x := range s {
		if o.Has(x) {
			out[x] = struct{}{}
		}
	}
	return out
}

func (s Set[T]) Minus(o Set[T]) Set[T] {
	out := make(Set[T])
	for x := range s {
		if !o.Has(x) {
			out[x] = struct{}{}
		}
	}
	return out
}

func sorted(s Set[string]) []string {
	out := make([]string, 0, len(s))
	for x := range s {
		out = append(out, x)
	}
	sort.Strings(out)
	return out
}

func main() {
	alice := Of("read", "write", "comment")
	bob := Of("read", "comment", "admin")
	fmt.Println("both:", sorted(alice.Intersect(bob)))
	fmt.Println("only alice:", sorted(alice.Minus(bob)))

	type cell struct{ r, c int } // structs with comparable fields work too
	visited := Of(cell{0, 0}, cell{0, 1}, cell{0, 0})
	fmt.Println("visited cells:", len(visited), "has (0,1)?", visited.Has(cell{0, 1}))
}
