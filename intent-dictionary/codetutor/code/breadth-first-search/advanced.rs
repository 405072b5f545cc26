use std::collections::{HashMap, VecDeque};

/// Shortest path by edge count in an adjacency list, with the route.
/// Returns None when `goal` is unreachable. O(V + E) time, O(V) space.
fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent: HashMap<usize, usize> = HashMap::new();
    let mut seen = vec![false; adj.len()];
    let mut queue = VecDeque::from([start]);
    seen[start] = true;
    while let Some(v) = queue.pop_front() {
        if v == goal {
            let mut path = vec![goal];
            let mut cur = goal;
            while let Some(&p) = parent.get(&cur) {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some(path);
        }
        for &w in &adj[v] {
            if !seen[w] {
                seen[w] = true; // mark when enqueued, not when visited
                parent.insert(w, v);
                queue.push_back(w);
            }
        }
    }
    None
}

fn main() {
    // 0 - 1 - 2 - 3 - 4, plus a shortcut 1 - 4; node 5 is isolated.
    let edges = [(0, 1), (1, 2), (2, 3), (3, 4), (1, 4)];
    let mut adj = vec![Vec::new(); 6];
    for &(a, b) in &edges {
        adj[a].push(b);
        adj[b].push(a);
    }
    println!("{:?}", shortest_path(&adj, 0, 4)); // Some([0, 1, 4])
    println!("{:?}", shortest_path(&adj, 3, 0)); // Some([3, 2, 1, 0])
    println!("{:?}", shortest_path(&adj, 0, 5)); // None
}
