// Merges two sorted slices into one sorted Vec.
fn merge(left: &[i32], right: &[i32]) -> Vec<i32> {
    let mut result = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if left[i] <= right[j] {
            result.push(left[i]); // ties from the left: stable
            i += 1;
        } else {
            result.push(right[j]);
            j += 1;
        }
    }
    result.extend_from_slice(&left[i..]); // leftovers
    result.extend_from_slice(&right[j..]);
    result
}

fn merge_sort(items: &[i32]) -> Vec<i32> {
    if items.len() <= 1 {
        return items.to_vec(); // base case
    }
    let mid = items.len() / 2;
    merge(&merge_sort(&items[..mid]), &merge_sort(&items[mid..]))
}

fn main() {
    println!("{:?}", merge_sort(&[38, 27, 43, 3, 9, 82, 10])); // [3, 9, 10, 27, 38, 43, 82]
}
