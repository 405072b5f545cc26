use std::collections::HashSet;
use std::hash::Hash;

/// Keep the first item for each distinct key, preserving order. O(n).
fn unique_by<T, K: Hash + Eq>(items: impl IntoIterator<Item = T>, key: impl Fn(&T) -> K) -> Vec<T> {
    let mut seen = HashSet::new();
    items.into_iter().filter(|item| seen.insert(key(item))).collect()
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)] // Hash + Eq make it usable in a set
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let emails = ["Ana@x.io", "bo@x.io", "ana@X.io", "cy@x.io", "BO@x.io"];
    println!("{:?}", unique_by(emails, |e| e.to_lowercase()));

    let points = vec![Point { x: 1, y: 2 }, Point { x: 3, y: 4 }, Point { x: 1, y: 2 }];
    println!("{:?}", unique_by(points, |p| p.clone()));

    // In place, keeping order: retain() with a set of what we've kept
    let mut nums = vec![3, 1, 3, 2, 1];
    let mut seen = HashSet::new();
    nums.retain(|n| seen.insert(*n));
    println!("{nums:?}");

    // dedup() only removes *adjacent* repeats: sort first, losing the order
    let mut sorted = vec![3, 1, 3, 2, 1];
    sorted.sort_unstable();
    sorted.dedup();
    println!("{sorted:?}");
}
