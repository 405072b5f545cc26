use std::cmp::Ordering;

/// First index whose element is not less than `target` under `cmp`.
fn lower_bound<T, F>(items: &[T], target: &T, mut cmp: F) -> usize
where
    F: FnMut(&T, &T) -> Ordering,
{
    let (mut lo, mut hi) = (0, items.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match cmp(&items[mid], target) {
            Ordering::Less => lo = mid + 1,
            _ => hi = mid,
        }
    }
    lo
}

/// Inserts keeping the vector sorted; O(log n) search plus O(n) shift.
fn insert_sorted<T: Ord>(v: &mut Vec<T>, value: T) {
    let at = v
        .binary_search(&value)
        .unwrap_or_else(|insert_at| insert_at);
    v.insert(at, value);
}

fn main() {
    let mut ids = vec![10, 20, 30, 40];
    insert_sorted(&mut ids, 25);
    println!("{:?}", ids); // [10, 20, 25, 30, 40]

    // Err(i) from the standard library carries the insertion point.
    println!("{:?} {:?}", ids.binary_search(&30), ids.binary_search(&35)); // Ok(3) Err(4)

    let words = ["apple", "Banana", "cherry"];
    let by_lower = |a: &&str, b: &&str| a.to_lowercase().cmp(&b.to_lowercase());
    println!("{}", lower_bound(&words, &"BANANA", by_lower)); // 1

    // partition_point takes a predicate: the first element where it turns false.
    let temps = [-5, -1, 0, 3, 8];
    println!("{} below zero", temps.partition_point(|&t| t < 0)); // 2 below zero
}
