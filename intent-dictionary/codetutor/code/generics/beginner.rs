// T is a type parameter: a placeholder filled in by each user of the type.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self { Stack { items: Vec::new() } }
    fn push(&mut self, item: T) { self.items.push(item); }
    fn pop(&mut self) -> Option<T> { self.items.pop() } // None when empty
}

fn main() {
    let mut numbers: Stack<i32> = Stack::new();
    numbers.push(1);
    numbers.push(2);
    // numbers.push("x"); // compile error: expected `i32`, found `&str`
    println!("{}", numbers.pop().unwrap_or(0) + 10);

    let mut names = Stack::new(); // T inferred as &str from the push below
    names.push("Ada");
    println!("{:?}", names.pop());
}
