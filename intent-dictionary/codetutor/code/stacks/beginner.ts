// A stack is last in, first out: you only touch the top.
const undoStack: string[] = [];
undoStack.push("type 'hello'");
undoStack.push("make bold");
undoStack.push("delete line");

console.log("top:", undoStack[undoStack.length - 1]); // peek without removing
let action: string | undefined;
while ((action = undoStack.pop()) !== undefined) {
  console.log("undo:", action); // the most recent action comes off first
}
