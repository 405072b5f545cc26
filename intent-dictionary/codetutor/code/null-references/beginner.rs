use std::collections::HashMap;

fn main() {
    let mut emails = HashMap::new();
    emails.insert("ada", "ada@example.com");

    // Rust has no null: a missing value is Option::None, and the compiler
    // makes you handle it before you can use the value.
    for name in ["ada", "grace"] {
        match emails.get(name) {
            Some(email) => println!("{name}: {email}"),
            None => println!("{name}: no email on file"),
        }
    }

    // unwrap_or supplies a default.
    println!("{}", emails.get("grace").unwrap_or(&"unknown"));
}
