use std::collections::{BTreeMap, HashMap};

// Deriving Hash + Eq makes a struct usable as a key (both must agree).
#[derive(Debug, Hash, PartialEq, Eq)]
struct Point {
    x: i32,
    y: i32,
}

fn word_counts(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        // The entry API does one lookup for "insert or update".
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let counts = word_counts("The cat and the hat and THE bat");
    // HashMap iteration order is random; sort for stable output.
    let mut pairs: Vec<(&String, &usize)> = counts.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("{:?}", pairs);

    let mut by_len: BTreeMap<usize, Vec<&str>> = BTreeMap::new(); // sorted keys
    for w in ["fig", "kiwi", "plum", "apple", "pear"] {
        by_len.entry(w.len()).or_default().push(w);
    }
    println!("{:?}", by_len);

    let mut owners = HashMap::new();
    owners.insert(Point { x: 2, y: 3 }, "bob");
    println!("owner: {:?}", owners.get(&Point { x: 2, y: 3 }));
    println!("missing: {:?}", owners.get(&Point { x: 9, y: 9 }));
}
