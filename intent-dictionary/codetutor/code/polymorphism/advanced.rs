use std::collections::HashMap;
use std::fmt;

type Env = HashMap<&'static str, f64>;

trait Expr: fmt::Display {
    fn eval(&self, env: &Env) -> Result<f64, String>;
}

struct Num(f64);
struct Var(&'static str);
struct BinOp { op: char, left: Box<dyn Expr>, right: Box<dyn Expr> }

impl Expr for Num { fn eval(&self, _: &Env) -> Result<f64, String> { Ok(self.0) } }
impl Expr for Var {
    fn eval(&self, env: &Env) -> Result<f64, String> {
        env.get(self.0).copied().ok_or(format!("unbound variable {}", self.0))
    }
}
impl Expr for BinOp {
    // Children evaluate themselves through the vtable of `dyn Expr`.
    fn eval(&self, env: &Env) -> Result<f64, String> {
        let (l, r) = (self.left.eval(env)?, self.right.eval(env)?);
        match self.op {
            '+' => Ok(l + r),
            '*' => Ok(l * r),
            other => Err(format!("unknown operator {other}")),
        }
    }
}

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{}", self.0) }
}
impl fmt::Display for Var {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.write_str(self.0) }
}
impl fmt::Display for BinOp {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "({} {} {})", self.left, self.op, self.right) }
}

fn bin(op: char, left: impl Expr + 'static, right: impl Expr + 'static) -> BinOp {
    BinOp { op, left: Box::new(left), right: Box::new(right) }
}

fn main() {
    let expr = bin('+', bin('*', Num(2.0), Var("x")), Num(1.0));
    println!("{expr} = {:?}", expr.eval(&HashMap::from([("x", 5.0)])));
    println!("{:?}", expr.eval(&HashMap::new()));
}
