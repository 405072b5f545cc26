use std::collections::VecDeque;

type Cell = (usize, usize);

/// BFS from start; returns one shortest path, or None if the goal is unreachable.
fn shortest_path(grid: &[&str], start: Cell, goal: Cell) -> Option<Vec<Cell>> {
    let cells: Vec<&[u8]> = grid.iter().map(|row| row.as_bytes()).collect();
    let (rows, cols) = (cells.len(), cells[0].len());
    // A flat Vec indexed by r * cols + c is faster than a HashMap for grids.
    let mut parent: Vec<Option<Cell>> = vec![None; rows * cols];
    let mut seen = vec![false; rows * cols];
    seen[start.0 * cols + start.1] = true;
    let mut queue = VecDeque::from([start]);
    while let Some(cell) = queue.pop_front() {
        if cell == goal {
            let mut path = vec![cell];
            while let Some(prev) = parent[path.last()?.0 * cols + path.last()?.1] {
                path.push(prev);
            }
            path.reverse();
            return Some(path);
        }
        let (r, c) = cell;
        // wrapping_sub turns -1 into usize::MAX, which the bounds check rejects
        for (nr, nc) in [(r + 1, c), (r.wrapping_sub(1), c), (r, c + 1), (r, c.wrapping_sub(1))] {
            if nr < rows && nc < cols && cells[nr][nc] != b'#' && !seen[nr * cols + nc] {
                seen[nr * cols + nc] = true;
                parent[nr * cols + nc] = Some(cell);
                queue.push_back((nr, nc));
            }
        }
    }
    None // the queue ran dry: goal unreachable
}

fn main() {
    let maze = ["S.#....", ".##.##.", "...#...", ".#...#.", "...#..G"];
    let path = shortest_path(&maze, (0, 0), (4, 6)).expect("maze is solvable");
    let mut picture: Vec<Vec<u8>> = maze.iter().map(|row| row.as_bytes().to_vec()).collect();
    for &(r, c) in &path[1..path.len() - 1] {
        picture[r][c] = b'*';
    }
    println!("{} steps", path.len() - 1);
    for row in &picture {
        println!("{}", String::from_utf8_lossy(row));
    }
    println!("walled in: {:?}", shortest_path(&["S#.", "##.", "..G"], (0, 0), (2, 2)));
}
