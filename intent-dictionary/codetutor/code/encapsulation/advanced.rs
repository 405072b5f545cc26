mod bank {
    // No `pub` fields: outside this module, the methods are the only way in.
    pub struct Account {
        overdraft: i64,
        entries: Vec<(String, i64)>,
        balance: i64, // cached; only `record` changes it, so it stays in sync
    }

    impl Account {
        pub fn new(overdraft: u32) -> Self {
            Account { overdraft: i64::from(overdraft), entries: Vec::new(), balance: 0 }
        }
        pub fn balance(&self) -> i64 {
            self.balance
        }
        // A shared slice: callers can read the ledger, the borrow checker forbids edits.
        pub fn history(&self) -> &[(String, i64)] {
            &self.entries
        }
        pub fn deposit(&mut self, cents: u32, what: &str) -> Result<(), String> {
            self.record(what, i64::from(cents))
        }
        pub fn withdraw(&mut self, cents: u32, what: &str) -> Result<(), String> {
            self.record(what, -i64::from(cents))
        }
        fn record(&mut self, what: &str, cents: i64) -> Result<(), String> {
            let after = self.balance + cents;
            if after < -self.overdraft {
                return Err(format!("{what}: short by {}", -self.overdraft - after));
            }
            self.entries.push((what.to_string(), cents));
            self.balance = after;
            Ok(())
        }
    }
}

fn main() -> Result<(), String> {
    let mut account = bank::Account::new(1000);
    account.deposit(5000, "salary")?;
    account.withdraw(5500, "rent")?;
    println!("balance: {}", account.balance());
    if let Err(e) = account.withdraw(1000, "cash") {
        println!("refused: {e}");
    }
    println!("history: {:?}", account.history());
    Ok(())
}
