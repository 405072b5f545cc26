// Count the steps each function takes to see how the work grows with n.
const firstItem = (items) => 1; // O(1): same work for any size

function visitEach(items) {
  let steps = 0; // O(n): one step per item
  for (const _ of items) steps++;
  return steps;
}

function visitEachPair(items) {
  let steps = 0; // O(n^2): every item with every item
  for (const _a of items) {
    for (const _b of items) steps++;
  }
  return steps;
}

for (const n of [10, 100, 1000]) {
  const items = Array.from({ length: n }, (_, i) => i);
  console.log(`n=${n}: O(1)=${firstItem(items)} O(n)=${visitEach(items)} O(n^2)=${visitEachPair(items)}`);
}
