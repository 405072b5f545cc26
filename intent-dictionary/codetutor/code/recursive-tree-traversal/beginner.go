package main

import "fmt"

type Node struct {
	Key         int
	Left, Right *Node
}

func insert(node *Node, key int) *Node {
	if node == nil { // base case: an empty spot gets the new node
		return &Node{Key: key}
	}
	if key < node.Key {
		node.Left = insert(node.Left, key)
	} else {
		node.Right = insert(node.Right, key)
	}
	return node
}

func inOrder(node *Node) {
	if node == nil { // base case: an empty subtree prints nothing
		return
	}
	inOrder(node.Left) // all smaller keys first
	fmt.Print(node.Key, " ")
	inOrder(node.Right) // then all larger keys
}

func main() {
	var root *Node
	for _, key := range []int{50, 30, 70, 20, 40, 60} {
		root = insert(root, key)
	}
	inOrder(root) // prints the keys in sorted order
	fmt.Println()
}
