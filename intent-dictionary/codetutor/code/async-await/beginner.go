package main

import (
	"fmt"
	"time"
)

func brew(drink string, d time.Duration, done chan<- string) {
	time.Sleep(d) // stands in for slow I/O
	done <- drink + " ready"
}

func main() {
	done := make(chan string)
	// The go keyword starts each call concurrently: ~200 ms total, not 300 ms.
	go brew("tea", 200*time.Millisecond, done)
	go brew("coffee", 100*time.Millisecond, done)
	// Receiving from the channel waits until a result arrives.
	first, second := <-done, <-done
	fmt.Println(first, "then", second)
}
