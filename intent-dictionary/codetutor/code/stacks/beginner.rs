fn main() {
    // A Vec used as a stack: push adds to the top, pop removes from it.
    let mut undo_stack: Vec<&str> = Vec::new();
    undo_stack.push("type 'hello'");
    undo_stack.push("make bold");
    undo_stack.push("delete line");

    println!("top: {:?}", undo_stack.last()); // peek returns an Option
    // pop() returns None when empty, which ends the loop.
    while let Some(action) = undo_stack.pop() {
        println!("undo: {}", action);
    }
}
