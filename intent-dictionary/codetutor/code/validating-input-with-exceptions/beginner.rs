// Rust has no exceptions: a function that can fail returns a Result.
fn parse_age(text: &str) -> Result<u32, String> {
    let age: i64 = text
        .parse()
        .map_err(|_| format!("age must be a whole number, got {text:?}"))?; // ? returns the error early
    if !(0..=150).contains(&age) {
        return Err(format!("age must be between 0 and 150, got {age}"));
    }
    Ok(age as u32)
}

fn main() {
    for text in ["42", "-3", "abc"] {
        match parse_age(text) { // the caller must handle both outcomes
            Ok(age) => println!("ok: {age}"),
            Err(message) => println!("rejected: {message}"),
        }
    }
}
