// Rust has no inheritance; a trait with a default method shares behaviour instead.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String { "...".to_string() } // default body, used unless overridden
    fn describe(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}

struct Cat;
struct Dog { name: String }

impl Animal for Cat {
    fn name(&self) -> String { "Tom".to_string() } // keeps the default sound
}

impl Animal for Dog {
    fn name(&self) -> String { self.name.clone() }
    fn sound(&self) -> String { "Woof".to_string() } // overrides the default
}

fn main() {
    println!("{}", Cat.describe());
    println!("{}", Dog { name: "Rex".to_string() }.describe());
}
