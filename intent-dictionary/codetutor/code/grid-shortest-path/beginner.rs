use std::collections::{HashSet, VecDeque};

fn main() {
    let grid = ["S.#....", ".##.##.", "...#...", ".#...#.", "...#..G"];
    let grid: Vec<&[u8]> = grid.iter().map(|row| row.as_bytes()).collect();
    let (rows, cols) = (grid.len() as i32, grid[0].len() as i32);

    let mut queue = VecDeque::from([(0, 0, 0)]); // (row, col, steps), starting at S
    let mut seen = HashSet::from([(0, 0)]);
    while let Some((r, c, steps)) = queue.pop_front() { // oldest first
        if grid[r as usize][c as usize] == b'G' {
            println!("shortest path: {steps} steps");
            return;
        }
        for (nr, nc) in [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)] {
            let inside = nr >= 0 && nr < rows && nc >= 0 && nc < cols;
            // insert() returns false if the cell was already seen
            if inside && grid[nr as usize][nc as usize] != b'#' && seen.insert((nr, nc)) {
                queue.push_back((nr, nc, steps + 1));
            }
        }
    }
    println!("no path");
}
