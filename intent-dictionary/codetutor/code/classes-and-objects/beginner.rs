// Rust has no classes: a struct holds the data, an impl block adds methods.
struct Dog {
    name: String,
    age: u32,
}

impl Dog {
    fn describe(&self) -> String {
        format!("{} is {} years old", self.name, self.age)
    }
}

fn main() {
    let rex = Dog { name: String::from("Rex"), age: 3 };
    let mut fido = Dog { name: String::from("Fido"), age: 5 };
    fido.age += 1; // only fido changes; it had to be declared `mut`
    println!("{}", rex.describe());
    println!("{}", fido.describe());
}
