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
	var counter Counter = Clicks{}
	counter.Increment()
	fmt.Println("clicks:", counter.Value())
}
