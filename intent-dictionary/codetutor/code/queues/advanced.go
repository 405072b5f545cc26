package main

import "fmt"

// Queue is a generic FIFO ring buffer with amortized O(1) operations.
type Queue[T any] struct {
	buf        []T
	head, size int
}

func (q *Queue[T]) Len() int { return q.size }

func (q *Queue[T]) Push(v T) {
	if q.size == len(q.buf) {
		bigger := make([]T, 2*len(q.buf)+1)
		for i := 0; i < q.size; i++ {
			bigger[i] = q.buf[(q.head+i)%len(q.buf)] // unwrap into order
		}
		q.buf, q.head = bigger, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if q.size == 0 {
		return zero, false
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero // release the reference
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

type job struct {
	name      string
	remaining int
}

func main() {
	var ready Queue[job]
	for _, j := range []job{{"build", 5}, {"test", 2}, {"lint", 3}} {
		ready.Push(j)
	}
	clock, quantum := 0, 2
	for ready.Len() > 0 {
		j, _ := ready.Pop()
		ran := quantum
		if j.remaining < ran {
			ran = j.remaining
		}
		clock += ran
		j.remaining -= ran
		if j.remaining > 0 {
			ready.Push(j) // round robin: back of the line
		} else {
			fmt.Printf("%s done at t=%d\n", j.name, clock)
		}
	}
}
