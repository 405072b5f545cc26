package main

import "fmt"

// Lower-case names are unexported: code in other packages cannot touch balance.
type BankAccount struct {
	Owner   string
	balance int
}

func (a *BankAccount) Deposit(amount int) error {
	if amount <= 0 {
		return fmt.Errorf("deposit must be positive")
	}
	a.balance += amount
	return nil
}

func (a *BankAccount) Balance() int { return a.balance } // read access only
func main() {
	account := &BankAccount{Owner: "Ada"}
	account.Deposit(50)
	fmt.Println(account.Owner, "has", account.Balance())
	fmt.Println("refused:", account.Deposit(-10))
}
