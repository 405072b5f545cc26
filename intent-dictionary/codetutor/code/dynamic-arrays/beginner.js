// A JavaScript array grows and shrinks as you add or remove items.
const tasks = [];
tasks.push("write tests");
tasks.push("fix bug");
tasks.push("deploy");
console.log(tasks, "length:", tasks.length);

tasks.unshift("coffee");    // add to the front (shifts the others)
const done = tasks.pop();   // remove and return the last item
console.log("done:", done);
console.log("left:", tasks);
