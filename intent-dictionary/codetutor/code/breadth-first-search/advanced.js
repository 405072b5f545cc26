// Word ladder: fewest one-letter changes from `from` to `to`, each step
// a dictionary word. The graph is implicit: neighbours are generated.
function ladder(from, to, words) {
  const dict = new Set(words);
  if (!dict.has(to)) return null;
  const parent = new Map([[from, null]]);
  const queue = [from];
  // A head index makes dequeue O(1); queue.shift() may copy the array.
  for (let head = 0; head < queue.length; head++) {
    const word = queue[head];
    if (word === to) {
      const path = [];
      for (let w = to; w !== null; w = parent.get(w)) path.push(w);
      return path.reverse();
    }
    for (let i = 0; i < word.length; i++) {
      for (let code = 97; code <= 122; code++) {
        const next = word.slice(0, i) + String.fromCharCode(code) + word.slice(i + 1);
        if (dict.has(next) && !parent.has(next)) {
          parent.set(next, word); // mark on discovery, not on visit
          queue.push(next);
        }
      }
    }
  }
  return null; // the dictionary does not connect the two words
}

const words = ["cold", "cord", "card", "ward", "warm", "word", "worm", "wold", "core"];
console.log(ladder("cold", "warm", words).join(" -> ")); // cold -> wold -> word -> ward -> warm
console.log(ladder("cold", "core", words)); // [ 'cold', 'cord', 'core' ]
console.log(ladder("cold", "heat", words)); // null
