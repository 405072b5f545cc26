// Sorts the slice in place.
fn quicksort(a: &mut [i32]) {
    if a.len() <= 1 {
        return; // zero or one element
    }
    let p = partition(a);
    let (left, right) = a.split_at_mut(p);
    quicksort(left); // left of the pivot
    quicksort(&mut right[1..]); // right of the pivot (skip the pivot)
}

// Moves smaller values before the pivot and returns its final index.
fn partition(a: &mut [i32]) -> usize {
    let hi = a.len() - 1;
    let pivot = a[hi]; // simplest choice: the last element
    let mut i = 0; // next slot for a smaller value
    for j in 0..hi {
        if a[j] < pivot {
            a.swap(i, j);
            i += 1;
        }
    }
    a.swap(i, hi); // pivot lands between the parts
    i
}

fn main() {
    let mut data = [3, 8, 5, 1, 9, 2, 7];
    quicksort(&mut data);
    println!("{:?}", data); // [1, 2, 3, 5, 7, 8, 9]
}
