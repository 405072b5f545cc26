mod bank {
    // Fields are private to this module unless marked `pub`.
    pub struct BankAccount {
        pub owner: String,
        balance: u64,
    }

    impl BankAccount {
        pub fn new(owner: &str) -> Self {
            BankAccount { owner: owner.to_string(), balance: 0 }
        }
        pub fn deposit(&mut self, amount: u64) { self.balance += amount; }
        pub fn balance(&self) -> u64 { self.balance } // read access only
    }
}

fn main() {
    let mut account = bank::BankAccount::new("Ada");
    account.deposit(50);
    // account.balance = 1000; // compile error: field `balance` is private
    println!("{} has {}", account.owner, account.balance());
}
