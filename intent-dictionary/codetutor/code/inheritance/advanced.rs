use std::collections::BTreeMap;
use std::fmt;

// Rust has no inheritance: shared behaviour lives in a trait's default methods,
// and a "subclass" is a type that overrides some of them.
trait AppError: fmt::Display {
    fn status(&self) -> u16 { 500 }
    // Rust has no `super`: keep the shared body in its own method that overrides can call.
    fn base_response(&self) -> BTreeMap<&'static str, String> {
        BTreeMap::from([("status", self.status().to_string()), ("error", self.to_string())])
    }
    fn response(&self) -> BTreeMap<&'static str, String> { self.base_response() }
}

struct NotFound(String);
struct RateLimited { message: String, retry_after: u32 }

impl fmt::Display for NotFound {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "no {}", self.0) }
}
impl fmt::Display for RateLimited {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.write_str(&self.message) }
}

impl AppError for NotFound {
    fn status(&self) -> u16 { 404 } // override one piece, keep the default response()
}

impl AppError for RateLimited {
    fn status(&self) -> u16 { 429 }
    fn response(&self) -> BTreeMap<&'static str, String> {
        let mut r = self.base_response(); // extend the shared result, don't copy it
        r.insert("retry_after", self.retry_after.to_string());
        r
    }
}

fn handle(err: &dyn AppError) -> BTreeMap<&'static str, String> {
    err.response() // dynamic dispatch through the trait object
}

fn main() {
    let errors: Vec<Box<dyn AppError>> = vec![
        Box::new(NotFound("user 42".into())),
        Box::new(RateLimited { message: "slow down".into(), retry_after: 30 }),
    ];
    for e in &errors {
        println!("{:?}", handle(e.as_ref()));
    }
}
