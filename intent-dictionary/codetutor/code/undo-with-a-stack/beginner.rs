struct Editor {
    text: String,
    history: Vec<String>, // a Vec used as a stack: push and pop at the end
}

impl Editor {
    fn type_text(&mut self, words: &str) {
        self.history.push(self.text.clone()); // remember the state before the change
        self.text.push_str(words);
    }

    fn undo(&mut self) {
        // pop() returns None on an empty stack, so there is nothing to undo
        if let Some(previous) = self.history.pop() {
            self.text = previous;
        }
    }
}

fn main() {
    let mut editor = Editor { text: String::new(), history: Vec::new() };
    editor.type_text("Hello");
    editor.type_text(", world");
    println!("{}", editor.text);
    editor.undo(); // the most recent change is undone first
    println!("{}", editor.text);
    editor.undo();
    editor.undo(); // safe: the stack is already empty
    println!("{:?}", editor.text);
}
