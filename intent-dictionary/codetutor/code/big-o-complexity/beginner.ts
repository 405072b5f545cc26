// Count the steps each function takes to see how the work grows with n.
const firstItem = (items: number[]): number => 1; // O(1)

function visitEach(items: number[]): number {
  let steps = 0; // O(n): one step per item
  for (let i = 0; i < items.length; i++) steps++;
  return steps;
}

function visitEachPair(items: number[]): number {
  let steps = 0; // O(n^2): every item with every item
  for (let i = 0; i < items.length; i++) {
    for (let j = 0; j < items.length; j++) steps++;
  }
  return steps;
}

for (const n of [10, 100, 1000]) {
  const items = Array.from({ length: n }, (_, i) => i);
  console.log(`n=${n}: O(1)=${firstItem(items)} O(n)=${visitEach(items)} O(n^2)=${visitEachPair(items)}`);
}
