use std::collections::HashMap;

// The memo is passed in by mutable reference: n -> fib(n)
fn fib(n: u64, memo: &mut HashMap<u64, u64>) -> u64 {
    if n < 2 {
        return n; // base cases: fib(0) = 0, fib(1) = 1
    }
    if let Some(&known) = memo.get(&n) {
        return known; // already solved: reuse it
    }
    let result = fib(n - 1, memo) + fib(n - 2, memo);
    memo.insert(n, result); // solve once, remember it
    result
}

fn main() {
    let mut memo = HashMap::new();
    println!("{}", fib(10, &mut memo));
    println!("{}", fib(50, &mut memo)); // instant; without the memo, minutes
}
