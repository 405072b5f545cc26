use std::fmt::Write;

fn is_palindrome(text: &str) -> bool {
    let letters: Vec<char> = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    letters.iter().eq(letters.iter().rev())
}

/// Returns at most `max` characters, never cutting a multi-byte character in half.
fn truncate(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((byte_index, _)) => &text[..byte_index],
        None => text,
    }
}

fn main() {
    println!("{} {}", is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("Hello"));

    let word = "Grüße";
    println!("{} bytes, {} chars", word.len(), word.chars().count());
    println!("{}", truncate(word, 3)); // &word[..3] would panic: byte 3 is inside 'ü'

    // split_once + parse: structured data from text, with errors as values.
    let setting = "timeout=30";
    if let Some((key, value)) = setting.split_once('=') {
        let seconds: u32 = value.parse().unwrap_or(0);
        println!("{key} -> {seconds}");
    }

    // Build output into one String with write!, reserving space up front.
    let items = [("pen", 150), ("notebook", 1299)];
    let mut table = String::with_capacity(64);
    for (item, cents) in items {
        writeln!(table, "{item:<10}{:>8.2}", cents as f64 / 100.0).unwrap();
    }
    print!("{table}");

    let words: Vec<&str> = "  too   many    spaces ".split_whitespace().collect();
    println!("{}", words.join(" "));
}
