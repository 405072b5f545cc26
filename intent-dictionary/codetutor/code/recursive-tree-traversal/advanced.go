package main

import "fmt"

// Ordered lists the key types that support < (Go 1.19 has no cmp.Ordered).
type Ordered interface{ ~int | ~float64 | ~string }

type Node[K Ordered] struct {
	Key         K
	Left, Right *Node[K]
}

func insert[K Ordered](n *Node[K], key K) *Node[K] {
	switch {
	case n == nil:
		return &Node[K]{Key: key}
	case key < n.Key:
		n.Left = insert(n.Left, key)
	case key > n.Key:
		n.Right = insert(n.Right, key)
	} // equal keys are ignored
	return n
}

// walk visits keys in order and stops as soon as visit returns false.
func (n *Node[K]) walk(visit func(K) bool) bool {
	if n == nil {
		return true // calling a method on a nil pointer is fine in Go
	}
	return n.Left.walk(visit) && visit(n.Key) && n.Right.walk(visit)
}

// inRange appends keys in [lo, hi], skipping subtrees that cannot contain any.
func (n *Node[K]) inRange(lo, hi K, out []K) []K {
	if n == nil {
		return out
	}
	if lo < n.Key {
		out = n.Left.inRange(lo, hi, out)
	}
	if lo <= n.Key && n.Key <= hi {
		out = append(out, n.Key)
	}
	if n.Key < hi {
		out = n.Right.inRange(lo, hi, out)
	}
	return out
}

func main() {
	var root *Node[string]
	for _, w := range []string{"mango", "fig", "pear", "apple", "kiwi", "plum", "fig"} {
		root = insert(root, w)
	}
	var firstThree []string
	root.walk(func(k string) bool { firstThree = append(firstThree, k); return len(firstThree) < 3 })
	fmt.Println("first three:", firstThree)
	fmt.Println("from g to p:", root.inRange("g", "p", nil))
}
