package main

import "fmt"

func main() {
	graph := map[string][]string{
		"A": {"B", "C"}, "B": {"D", "E"}, "C": {"E"},
		"D": {}, "E": {"F"}, "F": {},
	}

	distance := map[string]int{"A": 0} // also the "seen" set
	queue := []string{"A"}
	for len(queue) > 0 {
		node := queue[0] // oldest first: nearest nodes first
		queue = queue[1:]
		fmt.Println(node, "is", distance[node], "steps from A")
		for _, next := range graph[node] {
			if _, seen := distance[next]; !seen {
				distance[next] = distance[node] + 1
				queue = append(queue, next)
			}
		}
	}
}
