use std::collections::{HashMap, VecDeque};

fn main() {
    let graph: HashMap<&str, Vec<&str>> = HashMap::from([
        ("A", vec!["B", "C"]),
        ("B", vec!["D", "E"]),
        ("C", vec!["E"]),
        ("D", vec![]),
        ("E", vec!["F"]),
        ("F", vec![]),
    ]);

    let mut distance = HashMap::from([("A", 0)]); // also the "seen" set
    let mut queue = VecDeque::from(["A"]);
    while let Some(node) = queue.pop_front() {
        // oldest first: nearest nodes first
        println!("{} is {} steps from A", node, distance[node]);
        for &next in &graph[node] {
            if !distance.contains_key(next) {
                distance.insert(next, distance[node] + 1);
                queue.push_back(next);
            }
        }
    }
}
