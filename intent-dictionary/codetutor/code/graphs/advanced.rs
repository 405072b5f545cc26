use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Dijkstra over a weighted adjacency list. Returns distances and predecessors.
fn dijkstra(graph: &[Vec<(usize, u64)>], source: usize) -> (Vec<Option<u64>>, Vec<Option<usize>>) {
    let mut dist: Vec<Option<u64>> = vec![None; graph.len()];
    let mut prev = vec![None; graph.len()];
    let mut heap = BinaryHeap::new();
    dist[source] = Some(0);
    heap.push(Reverse((0u64, source)));
    while let Some(Reverse((d, u))) = heap.pop() {
        if dist[u].map_or(false, |best| d > best) {
            continue; // stale entry
        }
        for &(v, w) in &graph[u] {
            let nd = d + w;
            if dist[v].map_or(true, |cur| nd < cur) {
                dist[v] = Some(nd);
                prev[v] = Some(u);
                heap.push(Reverse((nd, v)));
            }
        }
    }
    (dist, prev)
}

fn path_to(prev: &[Option<usize>], target: usize) -> Vec<usize> {
    let mut path: Vec<usize> = std::iter::successors(Some(target), |&v| prev[v]).collect();
    path.reverse();
    path
}

fn main() {
    let mut graph: Vec<Vec<(usize, u64)>> = vec![Vec::new(); 6];
    for &(a, b, w) in &[(0, 1, 4), (0, 2, 1), (2, 1, 2), (1, 3, 5), (2, 3, 8), (3, 4, 3)] {
        graph[a].push((b, w)); // undirected
        graph[b].push((a, w));
    }
    let (dist, prev) = dijkstra(&graph, 0);
    for (v, d) in dist.iter().enumerate() {
        match d {
            Some(d) => println!("0 -> {}: {} via {:?}", v, d, path_to(&prev, v)),
            None => println!("0 -> {}: unreachable", v),
        }
    }
}
