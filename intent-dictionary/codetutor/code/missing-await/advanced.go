package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

type result struct {
	i   int // which job this result belongs to
	val string
	err error
}

func fetch(ctx context.Context, name string, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
	case <-ctx.Done():
		return "", ctx.Err() // stop early when the caller gives up
	}
	if name == "broken" {
		return "", errors.New("cannot fetch " + name)
	}
	return strings.ToUpper(name), nil
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	names, delaysMs := []string{"a", "broken", "slow"}, []int{5, 5, 1000}
	ch := make(chan result, len(names)) // buffered: senders never block
	for i, n := range names {
		go func(i int, n string, d time.Duration) {
			v, err := fetch(ctx, n, d)
			ch <- result{i, v, err}
		}(i, n, time.Duration(delaysMs[i])*time.Millisecond)
	}

	// Receive exactly one result per goroutine: that is the "await".
	got := make([]result, len(names))
	for range names {
		r := <-ch
		got[r.i] = r
	}
	for i, r := range got { // a: "A" <nil> / broken: "" cannot fetch broken
		fmt.Printf("%s: %q %v\n", names[i], r.val, r.err) // slow: "" context deadline exceeded
	}
}
