package main

import "fmt"

// Permission bits: each flag is one bit, combined with | and tested with &.
type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Delete
)

type User struct {
	Name   string
	Perms  Perm
	Banned bool
}

func (p Perm) Has(flag Perm) bool { return p&flag == flag }

// Short-circuit: u.Banned is only read when u is not nil.
func canEdit(u *User) bool {
	return u != nil && !u.Banned && u.Perms.Has(Read|Write)
}

func main() {
	users := []*User{
		{Name: "ada", Perms: Read | Write},
		{Name: "bob", Perms: Read | Write | Delete, Banned: true},
		{Name: "cy", Perms: Read},
	}
	for _, u := range users {
		fmt.Printf("%-4s canEdit=%t\n", u.Name, canEdit(u))
	}
	fmt.Printf("%-4s canEdit=%t\n", "nil", canEdit(nil))

	// De Morgan's laws hold for every combination.
	for _, a := range []bool{false, true} {
		for _, b := range []bool{false, true} {
			if !(a && b) != (!a || !b) || !(a || b) != (!a && !b) {
				panic("impossible")
			}
		}
	}
	fmt.Println("De Morgan verified")
}
