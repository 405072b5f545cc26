struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    // Rust has no constructors; by convention an associated fn `new` builds the value.
    fn new(owner: &str) -> Self {
        Account { owner: owner.to_string(), balance: 0 }
    }
}

fn main() {
    let ada = Account { owner: "Ada".to_string(), balance: 100 }; // a struct literal works too
    let linus = Account::new("Linus");
    println!("{} {}", ada.owner, ada.balance);
    println!("{} {}", linus.owner, linus.balance);
}
