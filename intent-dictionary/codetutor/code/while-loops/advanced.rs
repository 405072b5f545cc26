use std::collections::HashMap;

/// First index whose item is >= target; the window halves each pass.
fn lower_bound<T: Ord>(items: &[T], target: &T) -> usize {
    let (mut lo, mut hi) = (0, items.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if items[mid] < *target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

fn main() {
    // while let: keep popping until the stack is empty (pop returns None).
    let deps: HashMap<&str, Vec<&str>> =
        HashMap::from([("app", vec!["web", "db"]), ("web", vec!["http"]), ("db", vec![]), ("http", vec![])]);
    let mut stack = vec!["app"];
    let mut order = Vec::new();
    while let Some(module) = stack.pop() {
        order.push(module);
        stack.extend(deps[module].iter().rev());
    }
    println!("visit order: {}", order.join(" "));

    // loop + break with a value: the Collatz steps for 27.
    let (mut n, mut peak) = (27u64, 27u64);
    let steps = {
        let mut steps = 0;
        loop {
            if n == 1 {
                break steps;
            }
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            peak = peak.max(n);
            steps += 1;
        }
    };
    println!("27 reaches 1 in {steps} steps, peaking at {peak}");

    println!("{}", lower_bound(&[1, 3, 3, 8, 13], &4));
}
