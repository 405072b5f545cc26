package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name  string
	Grade int
}

func main() {
	students := []Student{{"Maya", 88}, {"Leo", 95}, {"Ivy", 72}}

	// less(i, j) answers: should element i come before element j?
	// Here: a higher grade comes first. The slice is sorted in place.
	sort.Slice(students, func(i, j int) bool {
		return students[i].Grade > students[j].Grade
	})

	for _, s := range students {
		fmt.Println(s.Name, s.Grade)
	}
}
