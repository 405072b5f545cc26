package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

// Go has no constructors; by convention a NewXxx function builds the value.
func NewAccount(owner string) *Account {
	return &Account{Owner: owner, Balance: 0}
}

func main() {
	ada := &Account{Owner: "Ada", Balance: 100} // a struct literal works too
	linus := NewAccount("Linus")
	fmt.Println(ada.Owner, ada.Balance)
	fmt.Println(linus.Owner, linus.Balance)
}
