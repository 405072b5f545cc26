package main

import (
	"container/list"
	"fmt"
)

// LRU keeps the most recently used entries, O(1) per call; K is a map key, so `comparable`.
type LRU[K comparable, V any] struct {
	capacity int
	order    *list.List          // keys, front = most recently used
	nodes    map[K]*list.Element // key -> its node in order
	values   map[K]V
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{capacity, list.New(), map[K]*list.Element{}, map[K]V{}}
}

func (c *LRU[K, V]) Get(key K) (V, bool) {
	v, ok := c.values[key] // v is V's zero value when the key is missing
	if ok {
		c.order.MoveToFront(c.nodes[key])
	}
	return v, ok
}

func (c *LRU[K, V]) Put(key K, value V) {
	if node, ok := c.nodes[key]; ok {
		c.order.MoveToFront(node)
	} else {
		c.nodes[key] = c.order.PushFront(key)
	}
	c.values[key] = value
	if c.order.Len() > c.capacity {
		oldest := c.order.Remove(c.order.Back()).(K)
		delete(c.nodes, oldest)
		delete(c.values, oldest)
	}
}

func main() {
	cache := NewLRU[string, int](2)
	cache.Put("a", 1)
	cache.Put("b", 2)
	cache.Get("a")              // touch "a", so "b" becomes the oldest
	cache.Put("c", 3)           // evicts "b"
	fmt.Println(cache.Get("a")) // 1 true
	fmt.Println(cache.Get("b")) // 0 false: evicted, so V's zero value comes back
}
