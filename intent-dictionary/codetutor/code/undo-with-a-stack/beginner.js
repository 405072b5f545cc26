class Editor {
  constructor() {
    this.text = "";
    this.history = []; // an array used as a stack: push and pop at the end
  }

  type(words) {
    this.history.push(this.text); // remember the state before the change
    this.text += words;
  }

  undo() {
    if (this.history.length > 0) { // nothing to undo on an empty stack
      this.text = this.history.pop();
    }
  }
}

const editor = new Editor();
editor.type("Hello");
editor.type(", world");
console.log(editor.text);
editor.undo(); // the most recent change is undone first
console.log(editor.text);
editor.undo();
editor.undo(); // safe: the stack is already empty
console.log(JSON.stringify(editor.text));
