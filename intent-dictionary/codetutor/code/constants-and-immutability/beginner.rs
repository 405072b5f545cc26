// const items are compile-time constants; the convention is UPPER_SNAKE_CASE.
const DAYS_PER_WEEK: u32 = 7;
const TAX_RATE: f64 = 0.2;

fn main() {
    let weeks = 3; // immutable by default
    println!("Days: {}", weeks * DAYS_PER_WEEK);
    println!("Price with tax: {:.2}", 50.0 * (1.0 + TAX_RATE));
    // weeks = 4; // compile error: cannot assign twice to immutable variable

    // mut opts in to change.
    let mut count = 0;
    count += 1;
    println!("count: {count}");

    // Without mut, even the contents cannot change.
    let names = vec!["ada"];
    // names.push("grace"); // compile error: cannot borrow as mutable
    println!("{names:?}");
}
