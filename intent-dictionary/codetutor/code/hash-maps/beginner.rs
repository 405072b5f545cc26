use std::collections::HashMap;

fn main() {
    // A HashMap stores key -> value pairs; lookup by key is fast.
    let mut ages: HashMap<&str, u32> = HashMap::new();
    ages.insert("alice", 31);
    ages.insert("bob", 27);
    ages.insert("bob", 28); // inserting an existing key replaces the value

    println!("alice is {}", ages["alice"]);
    // get() returns an Option, so a missing key is not a crash.
    match ages.get("dave") {
        Some(age) => println!("dave is {}", age),
        None => println!("dave: unknown"),
    }
    println!("people: {}", ages.len());
}
