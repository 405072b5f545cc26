// Returns Some(index) of target in the sorted slice, or None.
fn binary_search(items: &[i32], target: i32) -> Option<usize> {
    let (mut lo, mut hi) = (0, items.len()); // half-open range [lo, hi)
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if items[mid] == target {
            return Some(mid);
        } else if items[mid] < target {
            lo = mid + 1; // keep the right half
        } else {
            hi = mid; // keep the left half (mid already checked)
        }
    }
    None
}

fn main() {
    let scores = [3, 8, 15, 23, 42, 57, 91];
    println!("{:?}", binary_search(&scores, 42)); // Some(4)
    println!("{:?}", binary_search(&scores, 5)); // None
}
