interface Command {
  apply(doc: TextDocument): void;
  revert(doc: TextDocument): void;
}

// Insert (length 0), delete (text ""), or replace; remembers what it removed.
class Replace implements Command {
  private removed = "";
  constructor(private readonly pos: number, private readonly length: number, private readonly text: string) {}

  apply(doc: TextDocument): void {
    this.removed = doc.text.slice(this.pos, this.pos + this.length);
    doc.text = doc.text.slice(0, this.pos) + this.text + doc.text.slice(this.pos + this.length);
  }

  revert(doc: TextDocument): void {
    doc.text = doc.text.slice(0, this.pos) + this.removed + doc.text.slice(this.pos + this.text.length);
  }
}

class TextDocument {
  text = "";
  private readonly undoStack: Command[] = [];
  private readonly redoStack: Command[] = [];

  execute(cmd: Command): void {
    cmd.apply(this);
    this.undoStack.push(cmd);
    this.redoStack.length = 0; // a new edit makes the redo history meaningless
  }

  undo(): boolean { return this.move(this.undoStack, this.redoStack, (c) => c.revert(this)); }
  redo(): boolean { return this.move(this.redoStack, this.undoStack, (c) => c.apply(this)); }

  private move(src: Command[], dst: Command[], action: (c: Command) => void): boolean {
    const cmd = src.pop();
    if (cmd === undefined) return false; // nothing to do is not an error
    action(cmd);
    dst.push(cmd);
    return true;
  }
}

const doc = new TextDocument();
[new Replace(0, 0, "Hello"), new Replace(5, 0, " world"), new Replace(0, 5, "Goodbye")].forEach((c) => doc.execute(c));
for (const step of ["undo", "undo", "undo", "undo", "redo"] as const) { // 4th undo: stack empty
  console.log(step, doc[step](), JSON.stringify(doc.text));
}
doc.execute(new Replace(5, 0, "!")); // a new edit clears the redo stack
console.log(JSON.stringify(doc.text), "redo possible:", doc.redo());
