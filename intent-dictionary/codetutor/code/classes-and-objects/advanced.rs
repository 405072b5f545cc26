use std::fmt;
use std::ops::Add;

// A small value type: derived equality and copying, a validating constructor.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Vector {
    x: f64,
    y: f64,
}

impl Vector {
    const ORIGIN: Vector = Vector { x: 0.0, y: 0.0 };

    fn new(x: f64, y: f64) -> Result<Self, String> {
        if x.is_finite() && y.is_finite() {
            Ok(Vector { x, y })
        } else {
            Err(format!("coordinates must be finite, got {x}, {y}"))
        }
    }

    fn length(&self) -> f64 {
        self.x.hypot(self.y)
    }
}

impl Add for Vector {
    type Output = Vector;
    fn add(self, o: Vector) -> Vector {
        Vector { x: self.x + o.x, y: self.y + o.y }
    }
}

impl fmt::Display for Vector {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Vector({}, {})", self.x, self.y)
    }
}

fn main() -> Result<(), String> {
    let a = Vector::new(3.0, 4.0)?;
    let b = Vector::new(3.0, 4.0)?;
    println!("{a} has length {}", a.length());
    println!("a == b: {} | same address: {}", a == b, std::ptr::eq(&a, &b));
    println!("sum: {}", a + Vector::ORIGIN + Vector::new(1.0, -1.0)?);
    if let Err(e) = Vector::new(1.0, f64::NAN) {
        println!("rejected: {e}");
    }
    Ok(())
}
