package main

import "fmt"

// Ordered lists the key types that support < and > (Go 1.19 has no cmp package).
type Ordered interface {
	~int | ~int64 | ~uint | ~float64 | ~string
}

type node[K Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

// Tree is a generic BST map over any ordered key type.
type Tree[K Ordered, V any] struct {
	root *node[K, V]
	size int
}

// Put inserts or replaces, walking a pointer-to-pointer so no recursion is needed.
func (t *Tree[K, V]) Put(k K, v V) {
	link := &t.root
	for *link != nil {
		switch n := *link; {
		case k < n.key:
			link = &n.left
		case k > n.key:
			link = &n.right
		default:
			n.val = v
			return
		}
	}
	*link = &node[K, V]{key: k, val: v}
	t.size++
}

// Floor returns the entry with the largest key <= k.
func (t *Tree[K, V]) Floor(k K) (K, V, bool) {
	var best *node[K, V]
	for n := t.root; n != nil; {
		if k < n.key {
			n = n.left
		} else {
			best, n = n, n.right
		}
	}
	if best == nil {
		var zero node[K, V]
		return zero.key, zero.val, false
	}
	return best.key, best.val, true
}

func main() {
	var rates Tree[int, float64] // tax bracket start -> rate
	for _, b := range []struct {
		from int
		rate float64
	}{{0, 0.10}, {11000, 0.12}, {44725, 0.22}, {95375, 0.24}} {
		rates.Put(b.from, b.rate)
	}
	if from, rate, ok := rates.Floor(50000); ok {
		fmt.Printf("income 50000 falls in bracket from %d at %.0f%%\n", from, rate*100)
	}
	if _, _, ok := rates.Floor(-1); !ok {
		fmt.Println("no bracket below 0; brackets stored:", rates.size)
	}
}
