package main

import "fmt"

// Node: smaller keys go left, larger keys go right.
type Node struct {
	Key         int
	Left, Right *Node
}

func insert(n *Node, key int) *Node {
	switch {
	case n == nil:
		return &Node{Key: key}
	case key < n.Key:
		n.Left = insert(n.Left, key)
	case key > n.Key:
		n.Right = insert(n.Right, key)
	}
	return n // equal keys are ignored
}

func inOrder(n *Node, visit func(int)) { // left, node, right: sorted order
	if n != nil {
		inOrder(n.Left, visit)
		visit(n.Key)
		inOrder(n.Right, visit)
	}
}

func main() {
	var root *Node
	for _, k := range []int{50, 30, 70, 20, 40, 60} {
		root = insert(root, k)
	}
	inOrder(root, func(k int) { fmt.Print(k, " ") })
	fmt.Println()
}
