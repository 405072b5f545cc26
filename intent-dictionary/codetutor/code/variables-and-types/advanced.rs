use std::fmt;
use std::num::ParseIntError;

/// Money as whole cents in a newtype, so it cannot be confused with a count.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Cents(u64);

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

fn parse_quantity(text: &str) -> Result<u32, ParseIntError> {
    text.trim().parse::<u32>()
}

fn main() {
    for raw in ["3", " 12 ", "-1", "2.5"] {
        match parse_quantity(raw) {
            Ok(q) => println!("{raw:?} -> {q}"),
            Err(e) => println!("{raw:?}: {e}"),
        }
    }

    // Shadowing: a new binding with the same name may have a different type.
    let extra = "250";
    let extra: u64 = extra.parse().expect("a valid number");
    println!("total: {}", Cents(1999 + extra));

    // No silent overflow: checked_add returns None instead of wrapping.
    let small: u8 = 250;
    println!("{:?} {:?}", small.checked_add(5), small.checked_add(6));
    println!("wrapping_add: {}", small.wrapping_add(6));

    // No implicit numeric conversions: `as` makes them visible.
    let count: i32 = 7;
    let avg = count as f64 / 2.0;
    println!("{} vs {avg}", count / 2);
}
