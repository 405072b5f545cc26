// A stack is last in, first out: you only touch the top.
const undoStack = [];
undoStack.push("type 'hello'");
undoStack.push("make bold");
undoStack.push("delete line");

console.log("top:", undoStack[undoStack.length - 1]); // peek without removing
while (undoStack.length > 0) {
  const action = undoStack.pop(); // the most recent action comes off first
  console.log("undo:", action);
}
