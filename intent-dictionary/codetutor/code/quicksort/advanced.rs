/// Generic in-place quicksort: median-of-three pivot moved to the end,
/// Lomuto partition, recursion into the smaller side only (O(log n) stack).
fn quicksort<T: Ord>(mut v: &mut [T]) {
    while v.len() > 1 {
        let (mid, last) = (v.len() / 2, v.len() - 1);
        // order v[0], v[mid], v[last] so the median sits at mid
        if v[mid] < v[0] {
            v.swap(mid, 0);
        }
        if v[last] < v[0] {
            v.swap(last, 0);
        }
        if v[last] < v[mid] {
            v.swap(last, mid);
        }
        v.swap(mid, last); // use the median as the pivot at the end

        let mut store = 0;
        for j in 0..last {
            if v[j] < v[last] {
                v.swap(store, j);
                store += 1;
            }
        }
        v.swap(store, last);

        let (left, right) = v.split_at_mut(store);
        let right = &mut right[1..]; // the pivot is in its final place
        if left.len() < right.len() {
            quicksort(left);
            v = right;
        } else {
            quicksort(right);
            v = left;
        }
    }
}

fn main() {
    let mut ascending: Vec<u32> = (0..100_000).collect(); // hard case for naive pivots
    quicksort(&mut ascending);
    println!("{:?}", &ascending[..3]); // [0, 1, 2]

    let mut names = vec!["mia", "ali", "zoe", "bob", "ali"];
    quicksort(&mut names);
    println!("{:?}", names); // ["ali", "ali", "bob", "mia", "zoe"]

    // In real code, prefer the standard library's v.sort_unstable().
}
