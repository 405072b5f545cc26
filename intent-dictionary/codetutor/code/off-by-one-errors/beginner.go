package main

import "fmt"

func main() {
	scores := []int{90, 75, 82, 68}

	// Valid indexes are 0 .. len-1, so the test is "<", not "<=".
	for i := 0; i < len(scores); i++ {
		fmt.Printf("#%d: %d\n", i+1, scores[i])
	}

	// range hands you each valid index: nothing to get wrong.
	for i, score := range scores {
		fmt.Println(i, score)
	}

	// An inclusive range 1..10 needs "<= 10".
	total := 0
	for i := 1; i <= 10; i++ {
		total += i
	}
	fmt.Println(total) // 55
}
