// Returns Some(index) of the first element equal to target, or None.
fn linear_search(items: &[&str], target: &str) -> Option<usize> {
    for (i, item) in items.iter().enumerate() {
        if *item == target {
            return Some(i); // stop at the first match
        }
    }
    None // checked every element
}

fn main() {
    let fruits = ["pear", "apple", "fig", "apple"];
    println!("{:?}", linear_search(&fruits, "apple")); // Some(1)
    println!("{:?}", linear_search(&fruits, "kiwi")); // None
}
