use std::collections::{BTreeSet, HashSet};

fn main() {
    // BTreeSet keeps elements sorted, so output order is stable.
    let alice: BTreeSet<&str> = ["read", "write", "comment"].into_iter().collect();
    let bob: BTreeSet<&str> = ["read", "comment", "admin"].into_iter().collect();

    // The set operations return lazy iterators; collect only what you need.
    let both: Vec<_> = alice.intersection(&bob).collect();
    let either: Vec<_> = alice.union(&bob).collect();
    let only_alice: Vec<_> = alice.difference(&bob).collect();
    let exactly_one: Vec<_> = alice.symmetric_difference(&bob).collect();
    println!("both {:?}\neither {:?}\nonly alice {:?}\nexactly one {:?}",
             both, either, only_alice, exactly_one);

    let editor: BTreeSet<&str> = ["read", "write"].into_iter().collect();
    println!("alice covers editor? {}", editor.is_subset(&alice));

    // Ordered sets also answer range queries.
    let scores: BTreeSet<u32> = [12, 45, 67, 70, 88, 93].into_iter().collect();
    let passing: Vec<_> = scores.range(60..90).collect();
    println!("scores in 60..90: {:?}", passing);

    // HashSet::insert reports whether the value was new: a one-pass duplicate check.
    let mut seen = HashSet::new();
    let first_repeat = [3, 8, 1, 8, 3].into_iter().find(|x| !seen.insert(*x));
    println!("first repeat: {:?}", first_repeat);
}
