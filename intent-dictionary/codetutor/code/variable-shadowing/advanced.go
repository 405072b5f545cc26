package main

import (
	"fmt"
	"strconv"
)

// parseAll shows the classic Go trap: ":=" inside a block redeclares err.
func parseAll(inputs []string) (sum int, err error) {
	for _, s := range inputs {
		var n int
		n, err = strconv.Atoi(s) // "=", not ":=", so the named result is set
		if err != nil {
			return sum, fmt.Errorf("parse %q: %w", s, err)
		}
		sum += n
	}
	return sum, nil
}

// lookupPort keeps short-lived names inside the if statement's own scope,
// so they cannot leak into, or shadow anything in, the rest of the function.
func lookupPort(env map[string]string) int {
	port := 80
	if raw, ok := env["PORT"]; ok {
		if p, err := strconv.Atoi(raw); err == nil {
			port = p // assign to the OUTER port
		}
	}
	return port
}

func main() {
	fmt.Println(parseAll([]string{"1", "2", "3"})) // 6 <nil>
	_, err := parseAll([]string{"1", "x"})
	fmt.Println(err) // parse "x": strconv.Atoi: parsing "x": invalid syntax

	fmt.Println(lookupPort(map[string]string{"PORT": "8080"})) // 8080
	fmt.Println(lookupPort(map[string]string{"PORT": "oops"})) // 80
	fmt.Println(lookupPort(nil))                               // 80

	// Shadowing a package name is legal but confusing: inside this block,
	// "strconv" is a string, and the strconv package is out of reach.
	{
		strconv := "just a string"
		fmt.Println(len(strconv)) // 13
	}
	// The "shadow" analyzer from golang.org/x/tools can flag accidental shadows.
}
