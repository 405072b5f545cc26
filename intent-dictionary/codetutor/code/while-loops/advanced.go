package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
	"time"
)

var errTimeout = errors.New("timeout")

// retry calls op until it succeeds, at most maxAttempts times, doubling the wait.
func retry(maxAttempts int, base time.Duration, op func() (string, error)) (string, error) {
	attempt := 1
	for {
		result, err := op()
		if err == nil {
			return result, nil
		}
		if attempt == maxAttempts {
			return "", fmt.Errorf("gave up after %d attempts: %w", attempt, err)
		}
		wait := base << (attempt - 1)
		fmt.Printf("attempt %d failed (%v); waiting %v\n", attempt, err, wait)
		time.Sleep(wait)
		attempt++
	}
}

func main() {
	scanner := bufio.NewScanner(strings.NewReader("alpha\nbeta\n\ngamma\n"))
	lines := 0
	for scanner.Scan() { // Scan returns false at the end of input, ending the loop
		if strings.TrimSpace(scanner.Text()) != "" {
			lines++
		}
	}
	fmt.Println("non-empty lines:", lines)

	failures := 2
	flaky := func() (string, error) {
		if failures > 0 {
			failures--
			return "", errTimeout
		}
		return "200 OK", nil
	}
	fmt.Println(retry(4, 5*time.Millisecond, flaky))
}
