/// Palindrome check over Unicode text, ignoring case and punctuation.
/// A double-ended iterator is Rust's two pointers: next() takes from the
/// front, next_back() from the back, and they stop when they meet.
fn is_sentence_palindrome(s: &str) -> bool {
    let mut chars = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase);
    loop {
        match (chars.next(), chars.next_back()) {
            (Some(a), Some(b)) if a != b => return false,
            (Some(_), Some(_)) => continue,
            _ => return true, // pointers met (zero or one char left)
        }
    }
}

/// Same-direction pointers with slices: keep items passing `keep`,
/// preserving order, in place. Returns how many were kept.
fn retain_in_place<T, F: Fn(&T) -> bool>(v: &mut [T], keep: F) -> usize {
    let mut write = 0;
    for read in 0..v.len() {
        if keep(&v[read]) {
            v.swap(write, read);
            write += 1;
        }
    }
    write
}

fn main() {
    for s in [
        "A man, a plan, a canal: Panama!",
        "Was it a car or a cat I saw?",
        "two pointers",
    ] {
        println!("{:?} -> {}", s, is_sentence_palindrome(s));
    }

    let mut temps = vec![21, -999, 23, 22, -999, 24];
    let n = retain_in_place(&mut temps, |&t| t != -999); // drop sensor errors
    temps.truncate(n);
    println!("{:?}", temps); // [21, 23, 22, 24]
}
