// Let the standard library own the boundary arithmetic where it can.

/// First index whose value is >= target, or len if there is none.
fn lower_bound(sorted: &[i32], target: i32) -> usize {
    let (mut lo, mut hi) = (0, sorted.len()); // candidates are [lo, hi)
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if sorted[mid] < target {
            lo = mid + 1; // mid ruled out
        } else {
            hi = mid; // mid may be the answer
        }
    }
    lo
}

fn main() {
    let data = [3, 8, 8, 15, 21, 30, 42];

    // chunks() handles the short final piece for us.
    let pieces: Vec<&[i32]> = data.chunks(3).collect();
    println!("{:?}", pieces); // [[3, 8, 8], [15, 21, 30], [42]]

    // windows(2) yields exactly len - 1 neighbour pairs (fence-post rule).
    let gaps: Vec<i32> = data.windows(2).map(|w| w[1] - w[0]).collect();
    println!("{:?}", gaps); // [5, 0, 7, 6, 9, 12]
    println!("{}", [5].windows(2).count()); // 0

    println!("{} {}", lower_bound(&data, 8), lower_bound(&data, 100)); // 1 7
    // The built-in equivalent agrees:
    assert_eq!(data.partition_point(|&x| x < 8), lower_bound(&data, 8));

    // get() turns an out-of-range index into an Option instead of a panic.
    println!("{:?} {:?}", data.get(6), data.get(7)); // Some(42) None
}
