use std::collections::HashMap;

// The cache is passed in so every call shares the same answers.
fn fib(n: u64, cache: &mut HashMap<u64, u64>) -> u64 {
    if let Some(&known) = cache.get(&n) {
        return known; // already solved: reuse it
    }
    let result = if n < 2 {
        n
    } else {
        fib(n - 1, cache) + fib(n - 2, cache)
    };
    cache.insert(n, result); // remember it for next time
    result
}

fn main() {
    let mut cache = HashMap::new();
    println!("{}", fib(10, &mut cache)); // 55
    println!("{}", fib(80, &mut cache)); // 23416728348467685, instantly
}
