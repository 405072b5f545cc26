fn main() {
    // Vec<T> is Rust's dynamic array: push grows it as needed.
    let mut tasks: Vec<&str> = Vec::new();
    tasks.push("write tests");
    tasks.push("fix bug");
    tasks.push("deploy");
    println!("{:?} length: {}", tasks, tasks.len());

    tasks.insert(0, "coffee"); // insert at the front (shifts the others)
    let done = tasks.pop(); // Some("deploy"), or None if empty
    println!("done: {:?}", done);
    println!("left: {:?}", tasks);
}
