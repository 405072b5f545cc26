package main

import "fmt"

type Node struct {
	Value       int
	Left, Right *Node
}

// Height: the nil tree is the base case.
func height(n *Node) int {
	if n == nil {
		return 0
	}
	l, r := height(n.Left), height(n.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

// A depth budget is a second base case that protects against hostile or
// cyclic input: recursion ends with an error instead of a crash.
func walk(n *Node, depth, limit int, visit func(int)) error {
	if n == nil {
		return nil
	}
	if depth > limit {
		return fmt.Errorf("nesting deeper than %d", limit)
	}
	visit(n.Value)
	if err := walk(n.Left, depth+1, limit, visit); err != nil {
		return err
	}
	return walk(n.Right, depth+1, limit, visit)
}

func main() {
	tree := &Node{1, &Node{2, nil, &Node{3, nil, nil}}, &Node{4, nil, nil}}
	fmt.Println(height(tree)) // 3

	var seen []int
	err := walk(tree, 1, 10, func(v int) { seen = append(seen, v) })
	fmt.Println(seen, err) // [1 2 3 4] <nil>

	loop := &Node{Value: 7}
	loop.Left = loop // a cycle: without the limit this would never end
	err = walk(loop, 1, 100, func(int) {})
	fmt.Println(err) // nesting deeper than 100
}
