use std::collections::BTreeMap;
use std::fmt;

/// Every bad field with its message; BTreeMap keeps the fields sorted.
#[derive(Debug)]
struct ValidationError {
    problems: BTreeMap<&'static str, String>,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.problems.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        write!(f, "invalid signup: {}", parts.join("; "))
    }
}

impl std::error::Error for ValidationError {} // works with Box<dyn Error> and `?`

#[derive(Debug)]
struct Signup {
    username: String,
    age: u8,
}

impl Signup {
    /// The only way to build a Signup, so every Signup value is valid.
    fn from_form(username: &str, age_text: &str) -> Result<Signup, ValidationError> {
        let mut problems = BTreeMap::new();
        let name = username.trim().to_lowercase();
        let name_ok = (3..=20).contains(&name.len())
            && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !name_ok {
            problems.insert("username", "3-20 letters, digits or _".to_string());
        }
        let age = match age_text.parse::<u8>() {
            Ok(a) if (13..=120).contains(&a) => Some(a),
            Ok(a) => {
                problems.insert("age", format!("must be 13-120, got {a}"));
                None
            }
            Err(e) => {
                problems.insert("age", format!("must be a whole number ({e})"));
                None
            }
        };
        match age {
            Some(age) if problems.is_empty() => Ok(Signup { username: name, age }),
            _ => Err(ValidationError { problems }),
        }
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for (name, age) in [(" Ada_99 ", "36"), ("x!", "9"), ("bob", "ten")] {
        match Signup::from_form(name, age) {
            Ok(signup) => println!("accepted: {signup:?}"),
            Err(e) => println!("rejected: {e} | fields: {:?}", e.problems.keys().collect::<Vec<_>>()),
        }
    }
    // `?` converts our error into Box<dyn Error> and returns it from main
    let signup = Signup::from_form("cy_1", "44")?;
    println!("checked with ?: {} is {}", signup.username, signup.age);
    Ok(())
}
