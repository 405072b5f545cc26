use std::collections::HashMap;

/// Case-insensitive word frequencies; anything that is not a letter or an
/// apostrophe separates words. Keys are owned Strings because lowercasing
/// creates new text that cannot borrow from the input.
fn word_counts(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split(|c: char| !c.is_alphabetic() && c != '\'') {
        let word = word.trim_matches('\'');
        if !word.is_empty() {
            *counts.entry(word.to_lowercase()).or_insert(0) += 1;
        }
    }
    counts
}

/// The k most frequent words, ties broken alphabetically so output is stable.
fn top_words(counts: &HashMap<String, usize>, k: usize) -> Vec<(&str, usize)> {
    let mut list: Vec<(&str, usize)> = counts.iter().map(|(w, &c)| (w.as_str(), c)).collect();
    list.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    list.truncate(k);
    list
}

fn main() {
    let text = "It was the best of times, it was the worst of times;\n\
                it was the age of wisdom, it was the age of foolishness...";
    let counts = word_counts(text);
    let total: usize = counts.values().sum();
    println!("distinct words: {} total words: {total}", counts.len());
    for (word, count) in top_words(&counts, 6) {
        println!("{word:<6} {count:>2} {}", "#".repeat(count));
    }
    println!("'python' appears {}", counts.get("python").copied().unwrap_or(0));
    println!("{:?}", top_words(&word_counts("Don't stop, DON'T! Café café"), 10));
}
