package main

import (
	"errors"
	"fmt"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type Entry struct {
	What  string
	Cents int64
}

// Account keeps its ledger unexported; its methods are the only way to change it.
type Account struct {
	owner     string
	overdraft int64
	entries   []Entry
	balance   int64 // cached; only record changes it, so it stays in sync
}

// Read access only; History copies, since returning a.entries would let callers rewrite it.
func (a *Account) Balance() int64   { return a.balance }
func (a *Account) History() []Entry { return append([]Entry(nil), a.entries...) }

func (a *Account) Deposit(cents uint32, what string) error  { return a.record(what, int64(cents)) }
func (a *Account) Withdraw(cents uint32, what string) error { return a.record(what, -int64(cents)) }

func (a *Account) record(what string, cents int64) error {
	if a.balance+cents < -a.overdraft {
		return fmt.Errorf("%s cannot take out %d: %w", a.owner, -cents, ErrInsufficientFunds)
	}
	a.entries = append(a.entries, Entry{what, cents})
	a.balance += cents
	return nil
}

func main() {
	account := &Account{owner: "Ada", overdraft: 1000}
	account.Deposit(5000, "salary")
	account.Withdraw(5500, "rent")
	fmt.Println("balance:", account.Balance())
	if err := account.Withdraw(1000, "cash"); errors.Is(err, ErrInsufficientFunds) {
		fmt.Println("refused:", err)
	}
	h := account.History()
	h[0].Cents = 1_000_000 // edits the copy only
	fmt.Println("history:", account.History())
}
