class Editor {
  text = "";
  private history: string[] = []; // an array used as a stack

  type(words: string): void {
    this.history.push(this.text); // remember the state before the change
    this.text += words;
  }

  undo(): void {
    const previous = this.history.pop(); // string | undefined
    if (previous !== undefined) { // an empty stack gives undefined
      this.text = previous;
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
