package main

import (
	"errors"
	"fmt"
	"strconv"
)

// A sentinel error for a condition callers may want to detect.
var ErrNotFound = errors.New("not found")

// A custom error type carries structured details.
type RangeError struct{ Port int }

func (e *RangeError) Error() string {
	return fmt.Sprintf("port %d is outside 1-65535", e.Port)
}

func lookupPort(settings map[string]string) (int, error) {
	raw, ok := settings["port"]
	if !ok {
		return 0, fmt.Errorf("reading port: %w", ErrNotFound)
	}
	port, err := strconv.Atoi(raw)
	if err != nil {
		return 0, fmt.Errorf("parsing port %q: %w", raw, err) // %w keeps the cause
	}
	if port < 1 || port > 65535 {
		return 0, &RangeError{Port: port}
	}
	return port, nil
}

func main() {
	cases := []map[string]string{{"port": "8080"}, {}, {"port": "http"}, {"port": "70000"}}
	for _, settings := range cases {
		port, err := lookupPort(settings)
		var rangeErr *RangeError
		switch {
		case err == nil:
			fmt.Println("listening on", port)
		case errors.Is(err, ErrNotFound): // matches through any wrapping
			fmt.Println("using default 80:", err)
		case errors.As(err, &rangeErr):
			fmt.Println("rejected", rangeErr.Port, "-", err)
		default:
			fmt.Println("error:", err)
		}
	}
}
