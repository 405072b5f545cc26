package main

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// ValidationError lists every bad field; it implements the error interface.
type ValidationError struct{ Problems map[string]string }

func (e *ValidationError) Error() string {
	fields := make([]string, 0, len(e.Problems))
	for f := range e.Problems {
		fields = append(fields, f)
	}
	sort.Strings(fields) // map order is random: sort for a stable message
	for i, f := range fields {
		fields[i] = f + ": " + e.Problems[f]
	}
	return "invalid signup: " + strings.Join(fields, "; ")
}

var usernameRE = regexp.MustCompile(`^[a-z0-9_]{3,20}$`)

type Signup struct {
	Username string
	Age      int
}

// NewSignup checks every field and reports all problems at once.
func NewSignup(username, ageText string) (Signup, error) {
	problems := map[string]string{}
	name := strings.ToLower(strings.TrimSpace(username))
	if !usernameRE.MatchString(name) {
		problems["username"] = "3-20 letters, digits or _"
	}
	age, err := strconv.Atoi(ageText)
	if err != nil {
		problems["age"] = "must be a whole number"
	} else if age < 13 || age > 120 {
		problems["age"] = fmt.Sprintf("must be 13-120, got %d", age)
	}
	if len(problems) > 0 {
		return Signup{}, &ValidationError{problems}
	}
	return Signup{name, age}, nil
}

func main() {
	for _, form := range [][2]string{{" Ada_99 ", "36"}, {"x!", "9"}, {"bob", "ten"}} {
		s, err := NewSignup(form[0], form[1])
		// Wrapping with %w adds context but keeps the original error reachable.
		if err != nil {
			err = fmt.Errorf("form %q: %w", form[0], err)
		}
		var verr *ValidationError
		switch {
		case errors.As(err, &verr): // finds our type even inside the wrapper
			fmt.Println("rejected:", err, "| fields:", len(verr.Problems))
		case err != nil:
			fmt.Println("unexpected:", err)
		default:
			fmt.Printf("accepted: %+v\n", s)
		}
	}
}
