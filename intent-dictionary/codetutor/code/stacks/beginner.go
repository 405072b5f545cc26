package main

import "fmt"

func main() {
	// A slice used as a stack: append pushes, reslicing pops.
	var undoStack []string
	undoStack = append(undoStack, "type 'hello'")
	undoStack = append(undoStack, "make bold")
	undoStack = append(undoStack, "delete line")

	fmt.Println("top:", undoStack[len(undoStack)-1]) // peek
	for len(undoStack) > 0 {
		top := undoStack[len(undoStack)-1]
		undoStack = undoStack[:len(undoStack)-1] // pop
		fmt.Println("undo:", top)
	}
}
