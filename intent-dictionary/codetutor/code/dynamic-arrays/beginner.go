package main

import "fmt"

func main() {
	// A slice is Go's dynamic array: append grows it as needed.
	var tasks []string
	tasks = append(tasks, "write tests")
	tasks = append(tasks, "fix bug", "deploy")
	fmt.Println(tasks, "length:", len(tasks))

	done := tasks[len(tasks)-1] // read the last item
	tasks = tasks[:len(tasks)-1] // then shrink the slice by one
	fmt.Println("done:", done)
	fmt.Println("left:", tasks)
}
