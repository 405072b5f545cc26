use std::collections::HashSet;

fn main() {
    // A HashSet keeps each value at most once.
    let visitors = ["ana", "ben", "ana", "cleo", "ben"];
    let mut unique: HashSet<&str> = visitors.iter().copied().collect();

    println!("count: {}", unique.len());
    println!("did cleo visit? {}", unique.contains("cleo"));

    let added = unique.insert("ana"); // false: already present
    println!("added ana again? {}", added);
}
