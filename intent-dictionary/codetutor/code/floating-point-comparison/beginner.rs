fn main() {
    // 0.1 and 0.2 cannot be stored exactly in binary.
    let total: f64 = 0.1 + 0.2;
    println!("{total}");          // 0.30000000000000004
    println!("{}", total == 0.3); // false

    // Compare with a tolerance instead of ==.
    let tolerance = 1e-9;
    println!("{}", (total - 0.3).abs() < tolerance); // true

    // Round only when you display the value.
    println!("{total:.2}"); // 0.30
}
