package main

import "fmt"

func main() {
	grid := []string{"S.#....", ".##.##.", "...#...", ".#...#.", "...#..G"}
	rows, cols := len(grid), len(grid[0])

	type entry struct{ r, c, steps int }
	queue := []entry{{0, 0, 0}} // a slice used as a queue, starting at S
	seen := map[[2]int]bool{{0, 0}: true}
	for len(queue) > 0 {
		cur := queue[0] // take the oldest entry: nearer cells come out first
		queue = queue[1:]
		if grid[cur.r][cur.c] == 'G' {
			fmt.Println("shortest path:", cur.steps, "steps")
			return
		}
		for _, m := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			r, c := cur.r+m[0], cur.c+m[1]
			if r >= 0 && r < rows && c >= 0 && c < cols && grid[r][c] != '#' && !seen[[2]int{r, c}] {
				seen[[2]int{r, c}] = true // mark when queued, so no cell is queued twice
				queue = append(queue, entry{r, c, cur.steps + 1})
			}
		}
	}
	fmt.Println("no path")
}
