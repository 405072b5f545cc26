package main

import "fmt"

// Node holds a value and a pointer to the next node.
type Node struct {
	Value int
	Next  *Node
}

func main() {
	// Build the list 1 -> 2 -> 3 by linking nodes together.
	head := &Node{1, &Node{2, &Node{3, nil}}}

	// Walk the chain until there is no next node.
	for cur := head; cur != nil; cur = cur.Next {
		fmt.Println(cur.Value)
	}

	head = &Node{0, head} // inserting at the front is O(1)
	fmt.Println("new head:", head.Value)
}
