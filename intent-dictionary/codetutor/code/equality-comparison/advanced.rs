use std::collections::HashSet;
use std::hash::{Hash, Hasher};

// Custom equality: email addresses that ignore case.
#[derive(Debug, Clone)]
struct Email(String);

impl PartialEq for Email {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }
}
impl Eq for Email {}

// Hash MUST agree with Eq: equal values must produce equal hashes.
impl Hash for Email {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.to_ascii_lowercase().hash(state);
    }
}

#[derive(Debug, PartialEq, Eq, Hash, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let set: HashSet<Email> = [Email("Ada@Example.com".into()), Email("ada@example.com".into())]
        .into_iter()
        .collect();
    println!("{}", set.len()); // 1

    // Value equality vs identity: std::ptr::eq compares addresses.
    let a = Point { x: 1, y: 2 };
    let b = a;
    println!("{} {}", a == b, std::ptr::eq(&a, &b)); // true false

    // f64 is only PartialEq: NaN != NaN, so floats cannot derive Eq/Hash.
    let readings = [1.5, f64::NAN];
    println!("{}", readings.contains(&f64::NAN)); // false

    // Comparing Options and Results compares what is inside.
    println!("{}", Some(Point { x: 1, y: 2 }) == Some(a)); // true
}
