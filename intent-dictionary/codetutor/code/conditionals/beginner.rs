fn main() {
    let temperature = 18;

    // Only the first branch whose condition is true runs.
    if temperature < 0 {
        println!("Freezing: wear a heavy coat");
    } else if temperature < 15 {
        println!("Cold: take a jacket");
    } else if temperature < 25 {
        println!("Mild: a sweater is enough");
    } else {
        println!("Hot: T-shirt weather");
    }

    // In Rust, if is an expression: it can produce a value.
    let advice = if temperature < 20 { "take an umbrella" } else { "leave the umbrella at home" };
    println!("{advice}");
}
