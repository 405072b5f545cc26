package main

import "fmt"

// Editor keeps earlier versions of its text on a stack (a slice).
type Editor struct {
	text    string
	history []string
}

func (e *Editor) Type(words string) {
	e.history = append(e.history, e.text) // push the state before the change
	e.text += words
}

func (e *Editor) Undo() {
	if len(e.history) == 0 { // indexing an empty slice would panic
		return
	}
	last := len(e.history) - 1
	e.text = e.history[last]     // read the top...
	e.history = e.history[:last] // ...then pop it
}

func main() {
	var editor Editor // the zero value is ready to use
	editor.Type("Hello")
	editor.Type(", world")
	fmt.Println(editor.text)
	editor.Undo() // the most recent change is undone first
	fmt.Println(editor.text)
	editor.Undo()
	editor.Undo() // safe: the stack is already empty
	fmt.Printf("%q\n", editor.text)
}
