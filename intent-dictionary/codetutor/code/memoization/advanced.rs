use std::collections::HashMap;

/// A struct owns the cache, so the memoized recursion is a method and
/// borrowing stays simple. Counting paths through a grid with blocked cells.
struct PathCounter<'a> {
    blocked: &'a [Vec<bool>],
    memo: HashMap<(usize, usize), u64>,
}

impl<'a> PathCounter<'a> {
    fn new(blocked: &'a [Vec<bool>]) -> Self {
        PathCounter {
            blocked,
            memo: HashMap::new(),
        }
    }

    /// Paths from (r, c) to the bottom-right corner moving right or down.
    fn count(&mut self, r: usize, c: usize) -> u64 {
        let (rows, cols) = (self.blocked.len(), self.blocked[0].len());
        if r >= rows || c >= cols || self.blocked[r][c] {
            return 0;
        }
        if (r, c) == (rows - 1, cols - 1) {
            return 1;
        }
        if let Some(&v) = self.memo.get(&(r, c)) {
            return v;
        }
        let v = self.count(r + 1, c) + self.count(r, c + 1);
        self.memo.insert((r, c), v);
        v
    }
}

fn main() {
    let mut grid = vec![vec![false; 16]; 16];
    grid[1][1] = true; // a wall
    let mut counter = PathCounter::new(&grid);
    println!("{}", counter.count(0, 0)); // 74884320 = C(30,15) - 2 * C(28,14)
    println!("{} cached cells", counter.memo.len());

    let tiny = vec![vec![false, true], vec![true, false]]; // both routes blocked
    println!("{}", PathCounter::new(&tiny).count(0, 0)); // 0
}
