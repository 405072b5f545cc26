// factorial(n) = n * (n-1) * ... * 1, and factorial(0) = 1
fn factorial(n: u64) -> u64 {
    if n <= 1 {
        return 1; // base case: answer directly
    }
    n * factorial(n - 1) // recursive case: a smaller problem
}

// Sum of a slice: first element + sum of the rest.
fn sum(xs: &[i32]) -> i32 {
    match xs {
        [] => 0, // base case: empty slice
        [first, rest @ ..] => first + sum(rest),
    }
}

fn main() {
    println!("{}", factorial(5)); // 120
    println!("{}", sum(&[4, 8, 15, 16])); // 43
}
