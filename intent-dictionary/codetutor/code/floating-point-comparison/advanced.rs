/// Relative tolerance scaled by the larger magnitude, with an absolute
/// floor for values near zero. NaN is never close to anything.
fn is_close(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> bool {
    if a.is_nan() || b.is_nan() {
        return false;
    }
    if a == b {
        return true; // exact hits and equal infinities
    }
    let scale = a.abs().max(b.abs());
    (a - b).abs() <= (rel_tol * scale).max(abs_tol)
}

fn main() {
    println!("{}", is_close(0.1 + 0.2, 0.3, 1e-9, 0.0)); // true
    println!("{}", is_close(1e-12, 0.0, 1e-9, 0.0)); // false
    println!("{}", is_close(1e-12, 0.0, 1e-9, 1e-9)); // true

    // f64::EPSILON is the gap above 1.0 only; it shrinks or grows with scale.
    println!("{}", f64::EPSILON); // 0.0000000000000002220446049250313

    // f64 is PartialOrd, not Ord, because of NaN: sort with total_cmp.
    let mut readings = vec![2.5, f64::NAN, -1.0, 0.1 + 0.2];
    readings.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", readings); // [-1.0, 0.30000000000000004, 2.5, NaN]

    // NaN != NaN, so use is_nan() to detect it.
    let nan = f64::NAN;
    println!("{} {}", nan == nan, nan.is_nan()); // false true

    // Count with integers and derive the floats: no drift, exact endpoints.
    let steps: Vec<f64> = (0..=10).map(|i| f64::from(i) / 10.0).collect();
    println!("{}", steps[10] == 1.0); // true

    // Money: integer cents.
    let cents: i64 = [10, 20].iter().sum();
    println!("{}.{:02}", cents / 100, cents % 100); // 0.30
}
