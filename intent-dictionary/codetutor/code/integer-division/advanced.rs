/// Ceiling division in integers, refusing a zero divisor.
fn pages_needed(items: u32, per_page: u32) -> Option<u32> {
    if per_page == 0 {
        return None;
    }
    Some((items + per_page - 1) / per_page)
}

/// Share cents fairly: quotient plus the remainder spread one by one.
fn split_bill(total_cents: u64, people: u64) -> Vec<u64> {
    let (share, extra) = (total_cents / people, total_cents % people);
    (0..people).map(|i| share + u64::from(i < extra)).collect()
}

fn main() {
    // "/" truncates toward zero; div_euclid/rem_euclid never go negative
    // in the remainder, which is what wrap-around indexing needs.
    println!("{} {}", -7 / 2, (-7i32).div_euclid(2)); // -3 -4
    println!("{} {}", -7 % 3, (-7i32).rem_euclid(3)); // -1 2

    println!("{:?} {:?}", pages_needed(11, 10), pages_needed(11, 0)); // Some(2) None
    println!("{:?}", split_bill(1000, 3)); // [334, 333, 333]

    // Integer division by zero panics; checked_div returns None instead.
    let zero = split_bill(0, 1)[0];
    println!("{:?}", 10u64.checked_div(zero)); // None
    println!("{}", 1.0_f64 / 0.0); // inf

    // Percentages: multiply first, or divide as floats.
    let (done, total) = (2, 5);
    println!("{} {}", done / total * 100, done * 100 / total); // 0 40
    println!("{:.1}", 100.0 * done as f64 / total as f64); // 40.0
}
