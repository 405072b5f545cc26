// A recursive enum gets a recursive function: one match arm per variant,
// and the compiler checks that every variant (including the base case)
// is handled.

enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Num(n) => *n, // base case
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Mul(a, b) => eval(a) * eval(b),
        Expr::Neg(a) => -eval(a),
    }
}

// Recursion on slices: the empty slice is the base case, and each call
// takes a strictly shorter slice, so it must terminate.
fn sum(xs: &[i64]) -> i64 {
    match xs {
        [] => 0,
        [first, rest @ ..] => first + sum(rest),
    }
}

fn main() {
    use Expr::*;
    // -((2 + 3) * 4)
    let e = Neg(Box::new(Mul(
        Box::new(Add(Box::new(Num(2)), Box::new(Num(3)))),
        Box::new(Num(4)),
    )));
    println!("{}", eval(&e)); // -20
    println!("{}", sum(&[1, 2, 3, 4])); // 10

    // Rust does not guarantee tail-call elimination: for long inputs,
    // iterators are both safe and idiomatic.
    let big: i64 = (1..=1_000_000).sum();
    println!("{big}"); // 500000500000
}
