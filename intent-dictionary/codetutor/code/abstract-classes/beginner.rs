// Rust has no abstract classes: a trait with required methods (no body)
// and provided methods (with a body) plays the same role.
trait Employee {
    fn name(&self) -> &str;
    fn monthly_pay(&self) -> f64; // required: every implementor must write it

    fn payslip(&self) -> String { // provided: shared code built on the required ones
        format!("{}: {:.2}", self.name(), self.monthly_pay())
    }
}

struct Salaried {
    name: String,
    yearly: f64,
}

impl Employee for Salaried {
    fn name(&self) -> &str { &self.name }
    fn monthly_pay(&self) -> f64 { self.yearly / 12.0 }
}

fn main() {
    let ada = Salaried { name: "Ada".to_string(), yearly: 60000.0 };
    println!("{}", ada.payslip());
}
