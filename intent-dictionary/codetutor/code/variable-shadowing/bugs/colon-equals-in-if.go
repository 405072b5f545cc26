package main

import (
	"fmt"
	"strconv"
)

func main() {
	port := 80
	if override := "8080"; override != "" {
		port, err := strconv.Atoi(override) // BUG: := declares a NEW port
		if err != nil {
			panic(err)
		}
		fmt.Println("using override", port)
	}
	if port != 8080 {
		panic(fmt.Sprintf("expected port 8080, got %d", port))
	}
	fmt.Println("listening on", port)
}
