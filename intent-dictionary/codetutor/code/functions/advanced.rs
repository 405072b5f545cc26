use std::collections::HashMap;

/// Borrows a slice, returns two values or None for empty input.
fn min_max<T: PartialOrd + Copy>(values: &[T]) -> Option<(T, T)> {
    let (&first, rest) = values.split_first()?; // `?` returns None early for []
    Some(rest.iter().fold((first, first), |(lo, hi), &v| {
        (if v < lo { v } else { lo }, if v > hi { v } else { hi })
    }))
}

/// Returns a closure that captures `percent` by value (`move`).
fn discount(percent: u32) -> impl Fn(u32) -> u32 {
    move |price| price * (100 - percent) / 100
}

/// Accepts any function or closure that maps a u32 to a u32.
fn apply_all(prices: &[u32], f: impl Fn(u32) -> u32) -> Vec<u32> {
    prices.iter().map(|&p| f(p)).collect()
}

/// Memoised recursion: a mutable borrow of the cache is passed down.
fn ways_to_climb(n: u64, memo: &mut HashMap<u64, u64>) -> u64 {
    if n <= 1 {
        return 1;
    }
    if let Some(&known) = memo.get(&n) {
        return known;
    }
    let ways = ways_to_climb(n - 1, memo) + ways_to_climb(n - 2, memo);
    memo.insert(n, ways);
    ways
}

fn main() {
    println!("{:?}", min_max(&[4, 1, 9, 7]));
    println!("{:?}", min_max(&[2.5, -1.0]));
    println!("{:?}", min_max::<i32>(&[]));

    let sale = discount(20);
    println!("{:?}", apply_all(&[1000, 2599, 99], &sale));
    println!("{:?}", apply_all(&[10, 20], |p| p + 1));

    println!("{}", ways_to_climb(50, &mut HashMap::new()));
}
