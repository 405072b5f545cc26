package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

var extraDelay = map[string]time.Duration{"SLOW": time.Second}

// fetchPrice stands in for a network call; one symbol is slow, one is broken.
func fetchPrice(ctx context.Context, symbol string) (float64, error) {
	select {
	case <-time.After(50*time.Millisecond + extraDelay[symbol]):
	case <-ctx.Done():
		return 0, ctx.Err() // stop early once the deadline passes
	}
	if symbol == "BAD" {
		return 0, fmt.Errorf("unknown symbol %q", symbol)
	}
	return float64(len(symbol) * 10), nil
}

func main() {
	symbols := []string{"AAPL", "MSFT", "BAD", "SLOW", "GOOG", "IBM"}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond) // one deadline for all
	defer cancel()
	lines := make([]string, len(symbols)) // each goroutine writes only its own slot
	var wg sync.WaitGroup
	for i, s := range symbols {
		wg.Add(1)
		go func(i int, s string) {
			defer wg.Done()
			price, err := fetchPrice(ctx, s)
			if errors.Is(err, context.DeadlineExceeded) {
				lines[i] = fmt.Sprintf("%-5s timed out", s)
			} else if err != nil {
				lines[i] = fmt.Sprintf("%-5s failed: %v", s, err)
			} else {
				lines[i] = fmt.Sprintf("%-5s %6.1f", s, price)
			}
		}(i, s) // pass copies: before Go 1.22 the loop variables are shared
	}
	wg.Wait() // like awaiting all tasks; afterwards every write is visible
	fmt.Println(strings.Join(lines, "\n"))
}
