use std::collections::HashMap;

/// Holds the inputs and the memo together, so recursion only needs `&mut self`.
struct CoinSolver<'a> {
    coins: &'a [u32],
    memo: HashMap<u32, Option<u32>>, // None = "cannot be made", cached too
}

impl<'a> CoinSolver<'a> {
    fn new(coins: &'a [u32]) -> Self {
        CoinSolver { coins, memo: HashMap::new() }
    }

    fn fewest(&mut self, rest: u32) -> Option<u32> {
        if rest == 0 {
            return Some(0);
        }
        if let Some(&known) = self.memo.get(&rest) {
            return known;
        }
        // Copy the slice reference out of self so the loop doesn't hold a borrow.
        let coins = self.coins;
        let best = coins
            .iter()
            .filter(|&&c| c <= rest)
            .filter_map(|&c| self.fewest(rest - c))
            .min()
            .map(|n| n + 1);
        self.memo.insert(rest, best);
        best
    }
}

fn grid_paths(r: u32, c: u32, memo: &mut HashMap<(u32, u32), u64>) -> u64 {
    if r == 1 || c == 1 {
        return 1;
    }
    if let Some(&v) = memo.get(&(r, c)) {
        return v; // a tuple is a ready-made composite key
    }
    let v = grid_paths(r - 1, c, memo) + grid_paths(r, c - 1, memo);
    memo.insert((r, c), v);
    v
}

fn main() {
    // Greedy (largest coin first) would pay 16 as 12+1+1+1+1 = 5 coins.
    println!("16 with [1, 5, 12]: {:?}", CoinSolver::new(&[1, 5, 12]).fewest(16));
    println!("3 with [5, 10]: {:?}", CoinSolver::new(&[5, 10]).fewest(3));
    let mut memo = HashMap::new();
    println!("paths in an 18x18 grid: {}", grid_paths(18, 18, &mut memo));
    println!("distinct subproblems solved: {}", memo.len());
}
