package main

import (
	"fmt"
	"strings"
)

type Cell struct{ R, C int }

var moves = []Cell{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}

// shortestPath runs BFS from start and returns one shortest path,
// or nil when the goal cannot be reached.
func shortestPath(grid []string, start, goal Cell) []Cell {
	parent := map[Cell]Cell{start: start} // also the visited set; start is its own parent
	queue := []Cell{start}
	for head := 0; head < len(queue); head++ { // read index: no re-slicing needed
		cell := queue[head]
		if cell == goal {
			path := []Cell{cell}
			for cell != start {
				cell = parent[cell]
				path = append(path, cell)
			}
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 { // reverse in place
				path[i], path[j] = path[j], path[i]
			}
			return path
		}
		for _, m := range moves {
			next := Cell{cell.R + m.R, cell.C + m.C}
			if next.R < 0 || next.R >= len(grid) || next.C < 0 || next.C >= len(grid[0]) {
				continue
			}
			if _, seen := parent[next]; !seen && grid[next.R][next.C] != '#' {
				parent[next] = cell
				queue = append(queue, next)
			}
		}
	}
	return nil // the queue ran dry: goal unreachable
}

func main() {
	maze := []string{"S.#....", ".##.##.", "...#...", ".#...#.", "...#..G"}
	path := shortestPath(maze, Cell{0, 0}, Cell{4, 6})
	picture := make([][]byte, len(maze))
	for i, row := range maze {
		picture[i] = []byte(row)
	}
	for _, cell := range path[1 : len(path)-1] {
		picture[cell.R][cell.C] = '*'
	}
	fmt.Println(len(path)-1, "steps")
	for _, row := range picture {
		fmt.Println(string(row))
	}
	if shortestPath(strings.Fields("S#. ##. ..G"), Cell{0, 0}, Cell{2, 2}) == nil {
		fmt.Println("walled in: no path")
	}
}
