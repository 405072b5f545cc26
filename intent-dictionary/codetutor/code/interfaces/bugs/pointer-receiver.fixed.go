package main

import "fmt"

type Counter interface {
	Increment()
	Value() int
}

type Clicks struct{ n int }

func (c *Clicks) Increment() { c.n++ }
func (c *Clicks) Value() int { return c.n }

func main() {
	var counter Counter = &Clicks{} // the methods belong to *Clicks, so store a pointer
	counter.Increment()
	fmt.Println("clicks:", counter.Value())
}
