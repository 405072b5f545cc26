package main

import (
	"fmt"
	"strconv"
)

func main() {
	port := 80
	if override := "8080"; override != "" {
		p, err := strconv.Atoi(override)
		if err != nil {
			panic(err)
		}
		port = p // plain assignment updates the outer variable
		fmt.Println("using override", port)
	}
	if port != 8080 {
		panic(fmt.Sprintf("expected port 8080, got %d", port))
	}
	fmt.Println("listening on", port)
}
