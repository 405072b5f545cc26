package main

import (
	"fmt"
	"time"
)

const sessionLength = 30 * time.Minute
const issuedAt = time.Date(2024, 3, 15, 9, 0, 0, 0, time.UTC)

func main() {
	expires := issuedAt.Add(sessionLength)
	fmt.Println("session expires at", expires.Format(time.Kitchen))
}
