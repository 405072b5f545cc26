/// A recursive data type needs indirection (Box) so its size is known.
#[derive(Debug)]
enum Expr {
    Num(f64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
}

use Expr::*;

/// Evaluation recurses on the structure; errors propagate up with `?`.
fn eval(e: &Expr) -> Result<f64, String> {
    Ok(match e {
        Num(n) => *n, // base case
        Add(a, b) => eval(a)? + eval(b)?,
        Mul(a, b) => eval(a)? * eval(b)?,
        Div(a, b) => {
            let d = eval(b)?;
            if d == 0.0 {
                return Err(format!("division by zero in {:?}", e));
            }
            eval(a)? / d
        }
    })
}

/// Pretty-printing is another walk over the same shape.
fn show(e: &Expr) -> String {
    match e {
        Num(n) => n.to_string(),
        Add(a, b) => format!("({} + {})", show(a), show(b)),
        Mul(a, b) => format!("({} * {})", show(a), show(b)),
        Div(a, b) => format!("({} / {})", show(a), show(b)),
    }
}

fn main() {
    let n = |x: f64| Box::new(Num(x));
    // (2 + 3) * 4 / (1 + 1)
    let expr = Div(
        Box::new(Mul(Box::new(Add(n(2.0), n(3.0))), n(4.0))),
        Box::new(Add(n(1.0), n(1.0))),
    );
    println!("{} = {:?}", show(&expr), eval(&expr)); // ... = Ok(10.0)

    let bad = Div(n(1.0), Box::new(Add(n(1.0), n(-1.0))));
    println!("{:?}", eval(&bad)); // Err("division by zero in ...")
}
