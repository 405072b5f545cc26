use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Merge k sorted slices in O(n log k) with a min-heap of (value, list, index).
fn merge_sorted<T: Ord + Copy>(lists: &[&[T]]) -> Vec<T> {
    let mut heap = BinaryHeap::with_capacity(lists.len());
    for (li, list) in lists.iter().enumerate() {
        if let Some(&first) = list.first() {
            heap.push(Reverse((first, li, 0usize)));
        }
    }
    let mut out = Vec::with_capacity(lists.iter().map(|l| l.len()).sum());
    while let Some(Reverse((value, li, i))) = heap.pop() {
        out.push(value);
        if let Some(&next) = lists[li].get(i + 1) {
            heap.push(Reverse((next, li, i + 1)));
        }
    }
    out
}

/// The k largest values, using a min-heap bounded to size k.
fn top_k(values: impl IntoIterator<Item = u32>, k: usize) -> Vec<u32> {
    let mut heap = BinaryHeap::with_capacity(k + 1);
    for v in values {
        heap.push(Reverse(v));
        if heap.len() > k {
            heap.pop(); // drop the smallest of the k + 1
        }
    }
    let mut result: Vec<u32> = heap.into_iter().map(|Reverse(v)| v).collect();
    result.sort_unstable_by(|a, b| b.cmp(a));
    result
}

fn main() {
    let a: &[i32] = &[1, 4, 9];
    let b: &[i32] = &[2, 3, 10, 12];
    let c: &[i32] = &[];
    println!("merged: {:?}", merge_sorted(&[a, b, c, &[5]]));
    println!("top 3: {:?}", top_k([7, 42, 3, 19, 88, 1, 42], 3));
}
