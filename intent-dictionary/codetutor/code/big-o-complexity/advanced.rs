use std::collections::{HashSet, VecDeque};

/// Common items of two lists, counting comparisons.
/// Vec::contains scans: O(n * m). A HashSet probe is O(1) on average: O(n + m).
fn common_scan(a: &[u32], b: &[u32]) -> (usize, u64) {
    let mut steps = 0;
    let hits = a
        .iter()
        .filter(|x| {
            b.iter().any(|y| {
                steps += 1;
                y == *x
            })
        })
        .count();
    (hits, steps)
}

fn common_hashed(a: &[u32], b: &[u32]) -> (usize, u64) {
    let set: HashSet<&u32> = b.iter().collect(); // O(m) to build
    let hits = a.iter().filter(|x| set.contains(x)).count(); // O(n) probes
    (hits, (a.len() + b.len()) as u64)
}

fn main() {
    println!("     n   scan steps   hashed steps");
    for n in [1_000u32, 2_000, 4_000] {
        let a: Vec<u32> = (0..n).map(|i| i * 2).collect(); // evens
        let b: Vec<u32> = (0..n).map(|i| i * 3).collect(); // multiples of 3
        let (h1, s1) = common_scan(&a, &b);
        let (h2, s2) = common_hashed(&a, &b);
        assert_eq!(h1, h2);
        println!("{:6} {:12} {:14}", n, s1, s2);
    }

    // Same trap with queues: Vec::remove(0) shifts every element (O(n)),
    // VecDeque::pop_front is O(1), so draining n items is O(n) not O(n^2).
    let mut queue: VecDeque<u32> = (0..5).collect();
    while let Some(job) = queue.pop_front() {
        print!("{} ", job);
    }
    println!();
}
