const assert = require("node:assert");

function insertionSort(items) {
  for (let i = 1; i < items.length; i++) {
    const key = items[i];
    let j = i - 1;
    while (j > 0 && items[j] > key) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = key;
  }
  return items;
}

const ages = [34, 12, 56, 8, 21];
insertionSort(ages);
console.log(ages);
assert.deepStrictEqual(ages, [8, 12, 21, 34, 56]);
