/// A command: insert (len 0), delete (text ""), or both. `removed` lets it revert.
struct Replace {
    pos: usize,
    len: usize,
    text: String,
    removed: String,
}

impl Replace {
    fn new(pos: usize, len: usize, text: &str) -> Self {
        Replace { pos, len, text: text.to_string(), removed: String::new() }
    }
    fn apply(&mut self, doc: &mut String) {
        // replace_range panics if the range is not on char boundaries
        self.removed = doc[self.pos..self.pos + self.len].to_string();
        doc.replace_range(self.pos..self.pos + self.len, &self.text);
    }
    fn revert(&self, doc: &mut String) {
        doc.replace_range(self.pos..self.pos + self.text.len(), &self.removed);
    }
}

#[derive(Default)]
struct Editor {
    doc: String,
    undo: Vec<Replace>, // commands are moved between stacks, never copied
    redo: Vec<Replace>,
}

impl Editor {
    fn execute(&mut self, mut cmd: Replace) {
        cmd.apply(&mut self.doc);
        self.undo.push(cmd);
        self.redo.clear(); // a new edit makes the redo history meaningless
    }
    fn undo(&mut self) -> bool {
        Self::shift(&mut self.undo, &mut self.redo, &mut self.doc, false)
    }
    fn redo(&mut self) -> bool {
        Self::shift(&mut self.redo, &mut self.undo, &mut self.doc, true)
    }
    /// Pop from one stack, run the command, push it on the other stack.
    fn shift(from: &mut Vec<Replace>, to: &mut Vec<Replace>, doc: &mut String, forward: bool) -> bool {
        let Some(mut cmd) = from.pop() else { return false };
        if forward { cmd.apply(doc) } else { cmd.revert(doc) }
        to.push(cmd);
        true
    }
}

fn main() {
    let mut e = Editor::default();
    for cmd in [Replace::new(0, 0, "Hello"), Replace::new(5, 0, " world"), Replace::new(0, 5, "Goodbye")] {
        e.execute(cmd);
    }
    for step in ["undo", "undo", "undo", "undo", "redo"] {
        // the 4th undo finds an empty stack; call first, then borrow e.doc to print
        let ok = if step == "undo" { e.undo() } else { e.redo() };
        println!("{step} {ok} {:?}", e.doc);
    }
    e.execute(Replace::new(5, 0, "!")); // a new edit clears the redo stack
    let ok = e.redo();
    println!("{:?} redo possible: {ok}", e.doc);
}
