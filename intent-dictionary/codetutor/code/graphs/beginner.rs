fn main() {
    // An adjacency list indexed by vertex number: graph[v] lists v's neighbours.
    let names = ["Avon", "Bree", "Cole", "Dale", "Eton"];
    let edges = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4)];

    let mut graph: Vec<Vec<usize>> = vec![Vec::new(); names.len()];
    for &(a, b) in &edges {
        graph[a].push(b); // undirected: store the road from both ends
        graph[b].push(a);
    }

    for (v, neighbours) in graph.iter().enumerate() {
        let list: Vec<&str> = neighbours.iter().map(|&n| names[n]).collect();
        println!("{} connects to {}", names[v], list.join(", "));
    }
    println!("roads: {}", edges.len());
}
