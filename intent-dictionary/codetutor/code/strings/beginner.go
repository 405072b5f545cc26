package main

import (
	"fmt"
	"strings"
)

func main() {
	name := "Ada Lovelace"

	fmt.Println(len(name))               // 12 bytes (all ASCII here)
	fmt.Println(strings.ToUpper(name))   // ADA LOVELACE
	fmt.Println(name[4:])                // slice from byte 4: Lovelace
	fmt.Println(strings.Fields(name)[0]) // first word: Ada

	parts := strings.Split(name, " ")
	fmt.Printf("%s, %s\n", parts[1], parts[0])

	// Functions return a new string; the original is unchanged.
	shout := strings.Replace(name, "Ada", "ADA", 1)
	fmt.Println(shout, "|", name)
	fmt.Println(strings.Contains(strings.ToLower(name), "love")) // true
}
