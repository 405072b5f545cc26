package main

import (
	"errors"
	"fmt"
)

// Stack is a generic LIFO stack backed by a slice.
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }

// Pop returns false instead of panicking when the stack is empty.
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	last := len(s.items) - 1
	v := s.items[last]
	s.items[last] = zero // do not keep a reference alive in the backing array
	s.items = s.items[:last]
	return v, true
}

var openerOf = map[rune]rune{')': '(', ']': '[', '}': '{'}

func checkBrackets(text string) error {
	var stack Stack[rune]
	for pos, ch := range text {
		switch ch {
		case '(', '[', '{':
			stack.Push(ch)
		case ')', ']', '}':
			top, ok := stack.Pop()
			if !ok {
				return fmt.Errorf("unexpected %q at %d", ch, pos)
			}
			if top != openerOf[ch] {
				return fmt.Errorf("%q at %d does not close %q", ch, pos, top)
			}
		}
	}
	if stack.Len() > 0 {
		return errors.New("unclosed brackets remain")
	}
	return nil
}

func main() {
	for _, s := range []string{"f(a[i], {k: v})", "(]", "print(x))", "{[()"} {
		result := "balanced"
		if err := checkBrackets(s); err != nil {
			result = "error: " + err.Error()
		}
		fmt.Printf("%-18s -> %s\n", s, result)
	}
}
