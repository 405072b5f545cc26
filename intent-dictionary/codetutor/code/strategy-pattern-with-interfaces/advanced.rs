struct Order {
    subtotal_cents: u64,
    weight_kg: f64,
}

trait ShippingStrategy {
    fn quote(&self, order: &Order) -> u64; // cents: integers avoid float rounding
}

struct FlatRate(u64);
impl ShippingStrategy for FlatRate {
    fn quote(&self, _: &Order) -> u64 {
        self.0
    }
}

struct ByWeight { cents_per_kg: f64 }
impl ShippingStrategy for ByWeight {
    fn quote(&self, order: &Order) -> u64 {
        (order.weight_kg * self.cents_per_kg).round() as u64
    }
}

/// Wraps another strategy (owned as a trait object): strategies compose.
struct FreeOver { threshold: u64, otherwise: Box<dyn ShippingStrategy> }
impl ShippingStrategy for FreeOver {
    fn quote(&self, order: &Order) -> u64 {
        if order.subtotal_cents >= self.threshold { 0 } else { self.otherwise.quote(order) }
    }
}

/// Any closure with the right signature is a strategy too.
impl<F: Fn(&Order) -> u64> ShippingStrategy for F {
    fn quote(&self, order: &Order) -> u64 {
        self(order)
    }
}

/// Generic: with a concrete S the call is static (no vtable); `?Sized` also
/// lets it take a trait object (`&dyn ShippingStrategy`), as main does.
fn total<S: ShippingStrategy + ?Sized>(s: &S, orders: &[Order]) -> u64 {
    orders.iter().map(|o| s.quote(o)).sum()
}

fn main() {
    // Dynamic dispatch: a Vec of different types behind one trait.
    let registry: Vec<(&str, Box<dyn ShippingStrategy>)> = vec![
        ("flat", Box::new(FlatRate(499))),
        ("weight", Box::new(ByWeight { cents_per_kg: 120.0 })),
        ("promo", Box::new(FreeOver { threshold: 5000, otherwise: Box::new(FlatRate(499)) })),
        ("pickup", Box::new(|_: &Order| 0)),
    ];
    let orders = [Order { subtotal_cents: 2500, weight_kg: 1.5 }, Order { subtotal_cents: 7200, weight_kg: 9.0 }];
    for (name, s) in &registry {
        let quotes: Vec<u64> = orders.iter().map(|o| s.quote(o)).collect();
        println!("{name:<7} {quotes:?} total {}", total(s.as_ref(), &orders));
    }
}
