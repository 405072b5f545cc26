use std::fmt;

// Rust enum variants can carry data: a shipped order always has a tracking code.
#[derive(Debug, Clone, PartialEq)]
enum Status {
    Pending,
    Paid,
    Shipped { tracking: String },
    Delivered,
    Cancelled { reason: String },
}

impl Status {
    fn can_become(&self, to: &Status) -> bool {
        use Status::*;
        matches!((self, to), (Pending, Paid) | (Pending | Paid, Cancelled { .. }) | (Paid, Shipped { .. }) | (Shipped { .. }, Delivered))
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self { // exhaustive: adding a variant makes this a compile error until handled
            Status::Pending => write!(f, "pending"),
            Status::Paid => write!(f, "paid"),
            Status::Shipped { tracking } => write!(f, "shipped ({tracking})"),
            Status::Delivered => write!(f, "delivered"),
            Status::Cancelled { reason } => write!(f, "cancelled: {reason}"),
        }
    }
}

impl std::str::FromStr for Status { // only the data-free variants can be parsed from a bare word
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_lowercase().as_str() {
            "pending" => Ok(Status::Pending),
            "paid" => Ok(Status::Paid),
            "delivered" => Ok(Status::Delivered),
            other => Err(format!("unknown status {other:?}")),
        }
    }
}

fn main() {
    let steps = [" Pending ".parse().unwrap(), Status::Paid, Status::Shipped { tracking: "ZX-81".into() }, Status::Delivered];
    for pair in steps.windows(2) {
        println!("{} -> {} allowed={}", pair[0], pair[1], pair[0].can_become(&pair[1]));
    }
    println!("{} | {:?}", Status::Cancelled { reason: "out of stock".into() }, "lost".parse::<Status>());
}
