fn main() {
    let scores = [90, 75, 82, 68];

    // 0..len is half-open: it stops BEFORE len, the first invalid index.
    for i in 0..scores.len() {
        println!("#{}: {}", i + 1, scores[i]);
    }

    // Iterating directly (with enumerate for the index) is the idiom.
    for (i, score) in scores.iter().enumerate() {
        println!("{i}: {score}");
    }

    // An inclusive range uses ..= : 1..=10 includes 10.
    let total: i32 = (1..=10).sum();
    println!("{total}"); // 55
}
