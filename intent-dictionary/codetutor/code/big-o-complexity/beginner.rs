// O(n): one step per item.
fn linear(n: u64) -> u64 {
    let mut steps = 0;
    for _ in 0..n {
        steps += 1;
    }
    steps
}

// O(n^2): a loop inside a loop, so n * n steps.
fn quadratic(n: u64) -> u64 {
    let mut steps = 0;
    for _ in 0..n {
        for _ in 0..n {
            steps += 1;
        }
    }
    steps
}

fn main() {
    for n in [10, 100, 1000] {
        println!(
            "n={:4}  linear={:4}  quadratic={:7}",
            n,
            linear(n),
            quadratic(n)
        );
    }
}
