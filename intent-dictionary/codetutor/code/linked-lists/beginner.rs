// Each node owns the next one through an Option<Box<...>>.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    // Build the list 1 -> 2 -> 3; None marks the end.
    let third = Node { value: 3, next: None };
    let second = Node { value: 2, next: Some(Box::new(third)) };
    let head = Node { value: 1, next: Some(Box::new(second)) };

    // Walk the chain by borrowing each node in turn.
    let mut current = Some(&head);
    while let Some(node) = current {
        println!("{}", node.value);
        current = node.next.as_deref();
    }
}
