package main

import (
	"fmt"
	"strings"
)

type Status uint8

const (
	Pending Status = iota + 1 // start at 1 so the zero value means "not set"
	Paid
	Shipped
	Delivered
	Cancelled
)

var names = []string{"unset", "pending", "paid", "shipped", "delivered", "cancelled"}
var allowed = map[[2]Status]bool{ // the allowed moves, as a set of (from, to) pairs
	{Pending, Paid}: true, {Pending, Cancelled}: true, {Paid, Shipped}: true,
	{Paid, Cancelled}: true, {Shipped, Delivered}: true,
}

func (s Status) String() string {
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("Status(%d)", uint8(s)) // any uint8 converts to Status: be defensive
}

func (s Status) CanBecome(to Status) bool { return allowed[[2]Status{s, to}] }

func ParseStatus(text string) (Status, error) {
	clean := strings.ToLower(strings.TrimSpace(text))
	for s := Pending; s <= Cancelled; s++ {
		if names[s] == clean {
			return s, nil
		}
	}
	return 0, fmt.Errorf("unknown status %q", text)
}

func main() {
	for _, pair := range [][2]Status{{Pending, Paid}, {Paid, Shipped}, {Delivered, Paid}} {
		fmt.Printf("%v -> %v allowed=%v\n", pair[0], pair[1], pair[0].CanBecome(pair[1]))
	}
	paid, _ := ParseStatus(" PAID ")
	_, err := ParseStatus("lost")
	fmt.Println(paid, Status(0), Status(42), "|", err)
}
