package main

import (
	"errors"
	"fmt"
)

func findUser(name string) error {
	return errors.New("user not found")
}

func main() {
	err := findUser("grace")
	// BUG: errors.New makes a NEW error value each time; == compares identity.
	if err == errors.New("user not found") {
		fmt.Println("creating a new account")
		return
	}
	panic(fmt.Sprintf("unexpected error: %v", err))
}
