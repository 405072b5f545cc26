#[derive(Debug, PartialEq)]
enum BracketError {
    Unexpected { ch: char, pos: usize },
    Mismatch { open: char, close: char, pos: usize },
    Unclosed { ch: char, pos: usize },
}

fn check_brackets(text: &str) -> Result<(), BracketError> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    for (pos, ch) in text.char_indices() {
        let expected = match ch {
            '(' | '[' | '{' => {
                stack.push((ch, pos));
                continue;
            }
            ')' => '(',
            ']' => '[',
            '}' => '{',
            _ => continue,
        };
        match stack.pop() {
            None => return Err(BracketError::Unexpected { ch, pos }),
            Some((open, _)) if open != expected => {
                return Err(BracketError::Mismatch { open, close: ch, pos })
            }
            Some(_) => {}
        }
    }
    match stack.pop() {
        Some((ch, pos)) => Err(BracketError::Unclosed { ch, pos }),
        None => Ok(()),
    }
}

fn main() {
    for sample in ["f(a[i], {k: v})", "(]", "print(x))", "{[()"] {
        println!("{:<18} -> {:?}", sample, check_brackets(sample));
    }
}
