package main

import "fmt"

// T is a type parameter; `any` means every type is allowed.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(item T) { s.items = append(s.items, item) }
func (s *Stack[T]) Pop() T {
	last := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return last
}

func main() {
	var numbers Stack[int]
	numbers.Push(1)
	numbers.Push(2)
	fmt.Println(numbers.Pop() + 10) // numbers.Push("x") would not compile
	var names Stack[string]         // the same type, reused for strings
	names.Push("Ada")
	fmt.Println(names.Pop() + "!")
}
