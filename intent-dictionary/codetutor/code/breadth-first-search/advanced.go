package main

import "fmt"

type point struct{ r, c int }

// knightMoves returns the fewest knight moves between two squares of an
// n x n board, or -1 if impossible. Each square is a node, each legal move
// an edge: BFS finds the answer in O(n^2).
func knightMoves(n int, from, to point) int {
	if n <= 0 {
		return -1
	}
	dist := map[point]int{from: 0}
	queue := []point{from}
	jumps := []point{{1, 2}, {2, 1}, {-1, 2}, {-2, 1}, {1, -2}, {2, -1}, {-1, -2}, {-2, -1}}
	for head := 0; head < len(queue); head++ { // head index: O(1) dequeue
		p := queue[head]
		if p == to {
			return dist[p]
		}
		for _, j := range jumps {
			q := point{p.r + j.r, p.c + j.c}
			if q.r < 0 || q.r >= n || q.c < 0 || q.c >= n {
				continue
			}
			if _, seen := dist[q]; !seen {
				dist[q] = dist[p] + 1
				queue = append(queue, q)
			}
		}
	}
	return -1
}

func main() {
	fmt.Println(knightMoves(8, point{0, 0}, point{7, 7})) // 6
	fmt.Println(knightMoves(8, point{0, 0}, point{1, 2})) // 1
	fmt.Println(knightMoves(3, point{0, 0}, point{1, 1})) // -1: the centre is unreachable
}
