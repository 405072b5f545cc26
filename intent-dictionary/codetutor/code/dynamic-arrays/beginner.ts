// A TypeScript array grows and shrinks as you add or remove items.
const tasks: string[] = [];
tasks.push("write tests");
tasks.push("fix bug");
tasks.push("deploy");
console.log(tasks, "length:", tasks.length);

tasks.unshift("coffee");          // add to the front (shifts the others)
const done: string | undefined = tasks.pop(); // pop() returns undefined when empty
console.log("done:", done);
console.log("left:", tasks);
