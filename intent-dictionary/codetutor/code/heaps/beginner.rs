use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    // BinaryHeap is a max-heap; wrapping values in Reverse makes it a min-heap.
    let mut waiting_times = BinaryHeap::new();
    for minutes in [15, 3, 42, 8, 23] {
        waiting_times.push(Reverse(minutes));
    }

    if let Some(Reverse(smallest)) = waiting_times.peek() {
        println!("smallest right now: {}", smallest);
    }
    while let Some(Reverse(next)) = waiting_times.pop() {
        println!("next: {}", next);
    }
}
