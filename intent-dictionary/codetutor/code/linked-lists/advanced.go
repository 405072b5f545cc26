package main

import (
	"fmt"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

// List is a generic singly linked list with a tail pointer.
type List[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *List[T]) Append(v T) {
	n := &node[T]{val: v}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
}

// RemoveIf unlinks every matching node in one pass. A pointer-to-pointer
// walk means the head needs no special case.
func (l *List[T]) RemoveIf(pred func(T) bool) {
	l.tail = nil
	for link := &l.head; *link != nil; {
		if pred((*link).val) {
			*link = (*link).next
			l.size--
		} else {
			l.tail = *link
			link = &(*link).next
		}
	}
}

func (l *List[T]) String() string {
	var sb strings.Builder
	for n := l.head; n != nil; n = n.next {
		fmt.Fprintf(&sb, "%v -> ", n.val)
	}
	return sb.String() + "nil"
}

func main() {
	var l List[int]
	for i := 1; i <= 8; i++ {
		l.Append(i)
	}
	l.RemoveIf(func(n int) bool { return n%2 == 1 || n == 8 })
	l.Append(100) // works because RemoveIf kept the tail pointer correct
	fmt.Println(l.String(), "| size", l.size)
}
