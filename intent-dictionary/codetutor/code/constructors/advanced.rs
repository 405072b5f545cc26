use std::fmt;
use std::str::FromStr;

// Using u8 makes "component above 255" unrepresentable, so `new` cannot fail.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Rgb {
    red: u8,
    green: u8,
    blue: u8,
}

impl Rgb {
    const fn new(red: u8, green: u8, blue: u8) -> Self {
        Rgb { red, green, blue }
    }

    const fn grey(level: u8) -> Self {
        Rgb::new(level, level, level)
    }
}

// Parsing is a fallible constructor: it returns Result instead of panicking.
impl FromStr for Rgb {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let digits = text.strip_prefix('#').unwrap_or(text);
        if digits.len() != 6 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(format!("expected #rrggbb, got {text:?}"));
        }
        let part = |i: usize| u8::from_str_radix(&digits[i..i + 2], 16).unwrap();
        Ok(Rgb::new(part(0), part(2), part(4)))
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Rgb({}, {}, {})", self.red, self.green, self.blue)
    }
}

fn main() {
    println!("{}", Rgb::new(255, 136, 0));
    println!("{}", Rgb::grey(128));
    println!("{}", Rgb::default());
    let parsed: Result<Rgb, _> = "#1e90ff".parse();
    println!("{:?}", parsed);
    println!("{:?}", "#abc".parse::<Rgb>());
}
