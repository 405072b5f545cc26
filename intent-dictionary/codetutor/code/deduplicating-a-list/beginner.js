const tags = ["red", "blue", "red", "green", "blue", "red"];

// A Set keeps one copy of each value and remembers insertion order,
// so spreading it back into an array gives the unique tags in order.
const unique = [...new Set(tags)];

console.log(unique); // [ 'red', 'blue', 'green' ]
console.log(`${tags.length} tags, ${unique.length} unique`);
