// The trait is Rust's interface: it says what every discount must provide.
trait Discount {
    fn apply(&self, price: f64) -> f64;
}

struct NoDiscount;

impl Discount for NoDiscount {
    fn apply(&self, price: f64) -> f64 {
        price
    }
}

struct PercentOff(f64);

impl Discount for PercentOff {
    fn apply(&self, price: f64) -> f64 {
        price * (1.0 - self.0 / 100.0)
    }
}

// &dyn Discount accepts any type that implements the trait
fn checkout(price: f64, discount: &dyn Discount) -> f64 {
    discount.apply(price)
}

fn main() {
    println!("{}", checkout(80.0, &NoDiscount)); // 80
    println!("{}", checkout(80.0, &PercentOff(25.0))); // 60
}
