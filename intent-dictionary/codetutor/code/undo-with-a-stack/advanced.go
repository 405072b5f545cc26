package main

import "fmt"

// Replace is a command: insert (length 0), delete (text ""), or both;
// it records what it removed so it can be reverted.
type Replace struct {
	pos, length   int
	text, removed string
}

func (r *Replace) Apply(doc string) string {
	r.removed = doc[r.pos : r.pos+r.length]
	return doc[:r.pos] + r.text + doc[r.pos+r.length:]
}

func (r *Replace) Revert(doc string) string {
	return doc[:r.pos] + r.removed + doc[r.pos+len(r.text):]
}

type Editor struct {
	Doc        string
	undo, redo []*Replace // slices used as stacks; the top is the last element
}

func (e *Editor) Execute(r *Replace) {
	e.Doc = r.Apply(e.Doc)
	e.undo = append(e.undo, r)
	e.redo = e.redo[:0] // a new edit makes the redo history meaningless
}

func (e *Editor) Undo() bool { return e.move(&e.undo, &e.redo, false) }
func (e *Editor) Redo() bool { return e.move(&e.redo, &e.undo, true) }

// move pops the top command of one stack, runs it, and pushes it on the other.
func (e *Editor) move(from, to *[]*Replace, forward bool) bool {
	n := len(*from)
	if n == 0 {
		return false // nothing to do is not an error
	}
	r := (*from)[n-1]
	*from = (*from)[:n-1]
	if forward {
		e.Doc = r.Apply(e.Doc)
	} else {
		e.Doc = r.Revert(e.Doc)
	}
	*to = append(*to, r)
	return true
}

func main() {
	var e Editor
	for _, r := range []*Replace{{pos: 0, text: "Hello"}, {pos: 5, text: " world"}, {pos: 0, length: 5, text: "Goodbye"}} {
		e.Execute(r)
	}
	for i := 0; i < 4; i++ { // the 4th undo finds an empty stack
		fmt.Printf("undo %v %q\n", e.Undo(), e.Doc)
	}
	fmt.Printf("redo %v %q\n", e.Redo(), e.Doc)
	e.Execute(&Replace{pos: 5, text: "!"}) // a new edit clears the redo stack
	fmt.Printf("%q redo possible: %v\n", e.Doc, e.Redo())
}
