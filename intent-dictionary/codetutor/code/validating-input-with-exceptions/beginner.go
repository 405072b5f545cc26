package main

import (
	"fmt"
	"strconv"
)

// Go has no exceptions: a function that can fail returns an error as its last value.
func parseAge(text string) (int, error) {
	age, err := strconv.Atoi(text)
	if err != nil {
		return 0, fmt.Errorf("age must be a whole number, got %q", text)
	}
	if age < 0 || age > 150 {
		return 0, fmt.Errorf("age must be between 0 and 150, got %d", age)
	}
	return age, nil
}

func main() {
	for _, text := range []string{"42", "-3", "abc"} {
		age, err := parseAge(text)
		if err != nil { // the caller checks and decides what to do
			fmt.Println("rejected:", err)
			continue
		}
		fmt.Println("ok:", age)
	}
}
