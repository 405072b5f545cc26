use std::collections::BTreeMap;

fn main() {
    let sentence = "the cat saw the dog and the dog ran";

    // BTreeMap keeps the words sorted when we print them
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for word in sentence.split_whitespace() {
        // entry() finds the slot for this word, inserting 0 if it is new
        *counts.entry(word).or_insert(0) += 1;
    }

    for (word, count) in &counts {
        println!("{word} {count}");
    }
}
