use std::collections::BTreeMap;

fn main() {
    let mut prices = vec![120, 80, 150, 95];

    // `&mut prices` borrows each element mutably, so the loop can change it.
    for p in &mut prices {
        *p = *p * 110 / 100; // +10%, in whole cents
    }
    println!("{prices:?}");

    // windows(2) visits overlapping pairs with no index arithmetic.
    for pair in prices.windows(2) {
        let change = pair[1] - pair[0];
        println!("{} -> {} ({change:+})", pair[0], pair[1]);
    }

    // Count words in one pass; BTreeMap keeps its keys sorted.
    let mut counts = BTreeMap::new();
    for word in "the cat and the hat and the bat".split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    for (word, n) in &counts {
        println!("{word}: {n}");
    }

    // A labelled break leaves both loops once a matching pair is found.
    let target = 253;
    'search: for (i, a) in prices.iter().enumerate() {
        for b in &prices[i + 1..] {
            if a + b == target {
                println!("{a} + {b} = {target}");
                break 'search;
            }
        }
    }

    // A consuming loop moves each String out of the vector.
    let names = vec![String::from("ada"), String::from("grace")];
    for name in names {
        println!("{}", name.to_uppercase());
    }
}
