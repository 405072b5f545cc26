fn main() {
    let mut scores = vec![45, 80, 30, 30, 95];

    // retain() walks and removes in one safe step.
    scores.retain(|&s| s >= 50);
    println!("{:?}", scores); // [80, 95]

    // Writing `for s in &scores { scores.push(s) }` does not compile:
    // the borrow checker refuses to change a Vec while it is borrowed.
}
