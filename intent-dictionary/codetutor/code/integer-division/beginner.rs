fn main() {
    // Integer / integer gives an integer: the fraction is thrown away.
    println!("{}", 7 / 2); // 3
    println!("{}", 7 % 2); // 1 (remainder)

    // Convert with `as f64` BEFORE dividing to keep the fraction.
    let (sum, count) = (15, 4);
    let average = sum as f64 / count as f64;
    println!("{average}"); // 3.75

    // Converting after dividing is too late.
    println!("{}", (sum / count) as f64); // 3
}
