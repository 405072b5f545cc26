// Insertion sort: grow a sorted part at the front, one item at a time.
function insertionSort(items) {
  for (let i = 1; i < items.length; i++) {
    const key = items[i]; // the next card to place
    let j = i - 1;
    while (j >= 0 && items[j] > key) {
      items[j + 1] = items[j]; // shift the bigger item right
      j--;
    }
    items[j + 1] = key; // drop the key into the gap
  }
  return items;
}

console.log(insertionSort([5, 2, 9, 1, 7])); // [ 1, 2, 5, 7, 9 ]
