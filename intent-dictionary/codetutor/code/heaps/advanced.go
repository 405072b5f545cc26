package main

import (
	"container/heap"
	"fmt"
)

// Item is a task whose priority can change while it sits in the queue.
type Item struct {
	name     string
	priority int
	index    int // maintained by Swap so Fix can find the item
}

// PQ is a max-heap by priority.
type PQ []*Item

func (pq PQ) Len() int            { return len(pq) }
func (pq PQ) Less(i, j int) bool  { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int)       { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }
func (pq *PQ) Push(x any)         { it := x.(*Item); it.index = len(*pq); *pq = append(*pq, it) }
func (pq *PQ) Pop() any {
	old := *pq
	it := old[len(old)-1]
	old[len(old)-1] = nil // avoid holding a reference
	*pq = old[:len(old)-1]
	it.index = -1
	return it
}

// Update changes an item's priority and restores heap order in O(log n).
func (pq *PQ) Update(it *Item, priority int) {
	it.priority = priority
	heap.Fix(pq, it.index)
}

func main() {
	items := map[string]*Item{}
	pq := PQ{}
	for i, name := range []string{"email", "build", "deploy"} {
		items[name] = &Item{name: name, priority: i + 1}
		heap.Push(&pq, items[name])
	}
	pq.Update(items["email"], 10) // escalate: now the most urgent
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%s (priority %d)\n", it.name, it.priority)
	}
}
