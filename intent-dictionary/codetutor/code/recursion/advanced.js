// Recursion follows the shape of recursive data, such as nested comments.
const thread = {
  author: "ana",
  text: "Is recursion worth learning?",
  replies: [
    { author: "bo", text: "Yes!", replies: [{ author: "ana", text: "Why?", replies: [] }] },
    { author: "cy", text: "Trees are everywhere.", replies: [] },
  ],
};

// Count nodes: 1 for this comment plus the counts of all replies.
const countComments = (node) =>
  1 + node.replies.reduce((sum, reply) => sum + countComments(reply), 0);

// Render with indentation; depth is passed down, lines are collected up.
function render(node, depth = 0, lines = []) {
  lines.push(`${"  ".repeat(depth)}${node.author}: ${node.text}`);
  for (const reply of node.replies) render(reply, depth + 1, lines);
  return lines;
}

// Structural recursion over arbitrary JSON: deep-freeze every nested object.
function deepFreeze(value) {
  if (value === null || typeof value !== "object") return value; // base case
  Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

console.log(countComments(thread)); // 4
console.log(render(thread).join("\n"));
deepFreeze(thread);
console.log(Object.isFrozen(thread.replies[0].replies[0])); // true

// Depth is limited by the call stack, so very deep input needs a loop.
let deep = { replies: [] };
for (let i = 0; i < 100000; i++) deep = { replies: [deep] };
try {
  countComments(deep);
} catch (err) {
  console.log(err instanceof RangeError ? "stack overflow: use an explicit stack" : err);
}
