package main

import "fmt"

type User struct{ Name, Email string }

// find returns nil when no user matches: callers must check.
func find(users []*User, name string) *User {
	for _, u := range users {
		if u.Name == name {
			return u
		}
	}
	return nil
}

func main() {
	users := []*User{{Name: "Ada", Email: "ada@example.com"}}
	if u := find(users, "Grace"); u == nil {
		fmt.Println("Grace not found")
	} else {
		fmt.Println(u.Email)
	}
}
