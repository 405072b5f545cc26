use std::collections::HashSet;

fn main() {
    let tags = ["red", "blue", "red", "green", "blue", "red"];

    let mut seen = HashSet::new(); // fast "met this before?" checks
    let mut unique = Vec::new(); // the result, in first-seen order
    for tag in tags {
        // insert() returns false if the value was already in the set
        if seen.insert(tag) {
            unique.push(tag);
        }
    }
    println!("{unique:?}"); // ["red", "blue", "green"]
}
