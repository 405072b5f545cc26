package main

import (
	"errors"
	"fmt"
)

// One shared sentinel value that callers can compare against.
var ErrUserNotFound = errors.New("user not found")

func findUser(name string) error {
	return ErrUserNotFound
}

func main() {
	err := findUser("grace")
	if errors.Is(err, ErrUserNotFound) {
		fmt.Println("creating a new account")
		return
	}
	panic(fmt.Sprintf("unexpected error: %v", err))
}
