package main

import (
	"container/heap"
	"fmt"
)

// IntHeap implements heap.Interface so container/heap can manage it.
type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] } // min-heap
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	h := &IntHeap{15, 3, 42}
	heap.Init(h) // arrange the slice into heap order
	heap.Push(h, 8)
	fmt.Println("smallest:", (*h)[0])
	for h.Len() > 0 {
		fmt.Println("next:", heap.Pop(h)) // call heap.Pop, not h.Pop
	}
}
