fn factorial(n: u64) -> u64 {
    if n <= 1 {
        return 1; // base case: the answer is known, stop recursing
    }
    n * factorial(n - 1) // recursive case: a SMALLER problem
}

fn countdown(n: i32) {
    if n < 0 {
        return; // "< 0" instead of "== 0": safe even for odd steps
    }
    println!("{n}");
    countdown(n - 2);
}

fn main() {
    println!("{}", factorial(5)); // 120
    countdown(5); // 5 3 1
}
