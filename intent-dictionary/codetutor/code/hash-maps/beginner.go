package main

import "fmt"

func main() {
	// A map stores key -> value pairs; lookup by key is fast.
	ages := map[string]int{"alice": 31, "bob": 27}
	ages["carol"] = 35 // add a new key
	ages["bob"] = 28   // update an existing key

	fmt.Println("alice is", ages["alice"])

	// The "comma ok" form tells a missing key apart from a zero value.
	if age, ok := ages["dave"]; ok {
		fmt.Println("dave is", age)
	} else {
		fmt.Println("dave: unknown")
	}
	fmt.Println("people:", len(ages))
}
