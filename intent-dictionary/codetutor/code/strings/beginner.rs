fn main() {
    let name = "Ada Lovelace"; // &str: a borrowed, read-only string slice

    println!("{}", name.len()); // 12 bytes (all ASCII here)
    println!("{}", name.to_uppercase()); // a new String: ADA LOVELACE
    println!("{}", &name[4..]); // byte range from 4: Lovelace

    let mut parts = name.split(' ');
    let first = parts.next().unwrap();
    let last = parts.next().unwrap();
    println!("{last}, {first}");

    // String is owned and growable.
    let mut greeting = String::from("Hello");
    greeting.push_str(", ");
    greeting.push_str(first);
    println!("{greeting}");
    println!("{}", name.to_lowercase().contains("love")); // true
}
