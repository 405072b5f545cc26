package main

import "fmt"

func main() {
	scores := []int{3, 4, 4, 6}
	sum := 0
	for _, s := range scores {
		sum += s
	}
	average := float64(sum) / float64(len(scores)) // convert first, then divide
	if average != 4.25 {
		panic(fmt.Sprintf("expected 4.25, got %v", average))
	}
	fmt.Println(average)
}
