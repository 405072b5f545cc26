// A command object: insert (length 0), delete (text ""), or replace.
class Replace {
  constructor(pos, length, text) {
    Object.assign(this, { pos, length, text, removed: "" });
  }

  apply(doc) {
    this.removed = doc.text.slice(this.pos, this.pos + this.length);
    doc.text = doc.text.slice(0, this.pos) + this.text + doc.text.slice(this.pos + this.length);
  }

  revert(doc) {
    doc.text = doc.text.slice(0, this.pos) + this.removed + doc.text.slice(this.pos + this.text.length);
  }
}

class Document {
  #undo = []; // private fields: callers cannot corrupt the stacks
  #redo = [];

  text = "";

  execute(cmd) {
    cmd.apply(this);
    this.#undo.push(cmd);
    this.#redo.length = 0; // a new edit makes the redo history meaningless
  }

  undo() { return this.#move(this.#undo, this.#redo, "revert"); }
  redo() { return this.#move(this.#redo, this.#undo, "apply"); }

  #move(src, dst, action) {
    if (src.length === 0) return false; // nothing to do is not an error
    const cmd = src.pop();
    cmd[action](this);
    dst.push(cmd);
    return true;
  }
}

const doc = new Document();
for (const cmd of [new Replace(0, 0, "Hello"), new Replace(5, 0, " world"), new Replace(0, 5, "Goodbye")]) {
  doc.execute(cmd);
}
for (const step of ["undo", "undo", "undo", "undo", "redo"]) { // 4th undo: stack empty
  console.log(step, doc[step](), JSON.stringify(doc.text));
}
doc.execute(new Replace(5, 0, "!")); // a new edit clears the redo stack
console.log(JSON.stringify(doc.text), "redo possible:", doc.redo());
