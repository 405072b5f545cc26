fn main() {
    // Rust allows re-declaring a name with let: the new binding shadows the old.
    let input = "42";
    let input: i32 = input.parse().expect("not a number"); // now an i32
    println!("{}", input + 1); // 43

    let total = 10;
    {
        let total = 99; // shadows only inside this block
        println!("{total}"); // 99
    }
    println!("{total}"); // 10: the outer binding is untouched
}
