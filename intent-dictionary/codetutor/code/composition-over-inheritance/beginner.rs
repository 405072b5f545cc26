struct Engine { kind: &'static str, horsepower: u32 }

impl Engine {
    fn start(&self) -> String {
        format!("{} engine ({} hp) starts", self.kind, self.horsepower)
    }
}

// A Car HAS an Engine (a field) instead of BEING one.
struct Car {
    name: &'static str,
    engine: Engine,
}

impl Car {
    fn drive(&self) -> String {
        format!("{}: {}, off we go", self.name, self.engine.start()) // delegate to the part
    }
}

fn main() {
    println!("{}", Car { name: "Roadster", engine: Engine { kind: "petrol", horsepower: 300 } }.drive());
}
