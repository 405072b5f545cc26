class Editor {
  constructor() {
    this.text = "";
    this.history = [];
  }

  type(words) {
    this.history.push(this.text);
    this.text += words;
  }

  undo() {
    this.text = this.history.pop();
  }
}

const editor = new Editor();
editor.type("Hello");
editor.type(", world");
editor.undo();
editor.undo();
editor.undo(); // the user presses undo one time too many
console.log(`length: ${editor.text.length}`);
