/// Stable, in-place, generic insertion sort with a custom ordering.
/// Uses swaps so it works for any T without Copy or Clone; the count
/// of swaps equals the number of inversions, O(n + inversions) total.
fn insertion_sort_by<T, F>(items: &mut [T], mut less: F) -> usize
where
    F: FnMut(&T, &T) -> bool,
{
    let mut swaps = 0;
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && less(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
            swaps += 1;
        }
    }
    swaps
}

#[derive(Debug)]
struct Task {
    name: String,
    priority: u8,
}

fn main() {
    let mut tasks: Vec<Task> = [("write", 2), ("test", 1), ("deploy", 3), ("review", 2)]
        .iter()
        .map(|&(name, priority)| Task {
            name: name.to_string(),
            priority,
        })
        .collect();
    let swaps = insertion_sort_by(&mut tasks, |a, b| a.priority < b.priority);
    let names: Vec<&str> = tasks.iter().map(|t| t.name.as_str()).collect();
    println!("{:?} after {} swaps", names, swaps); // ["test", "write", "review", "deploy"] after 2 swaps

    let mut sorted: Vec<u32> = (0..1000).collect();
    println!("{}", insertion_sort_by(&mut sorted, |a, b| a < b)); // 0
    let mut reversed: Vec<u32> = (0..100).rev().collect();
    println!("{}", insertion_sort_by(&mut reversed, |a, b| a < b)); // 4950
}
