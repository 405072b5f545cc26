package main

import (
	"fmt"
	"strconv"
)

// A tagless switch is a tidy if/else-if chain: the first true case wins.
func classify(code int) string {
	switch {
	case code < 100 || code > 599:
		return "invalid"
	case code == 429:
		return "rate-limited"
	case code >= 500:
		return "server error"
	case code >= 400:
		return "client error"
	case code >= 300:
		return "redirect"
	case code >= 200:
		return "success"
	default:
		return "informational"
	}
}

func main() {
	for _, raw := range []string{"200", "301", "429", "404", "503", "abc", "999"} {
		// if with a short statement: code and err exist only inside this if/else.
		if code, err := strconv.Atoi(raw); err != nil {
			fmt.Printf("%-4s not a number\n", raw)
		} else {
			fmt.Printf("%-4s %s\n", raw, classify(code))
		}
	}

	// Cases do not fall through, and one case can list several values.
	for _, day := range []string{"sat", "mon", "sun"} {
		switch day {
		case "sat", "sun":
			fmt.Println(day, "weekend")
		default:
			fmt.Println(day, "weekday")
		}
	}
}
