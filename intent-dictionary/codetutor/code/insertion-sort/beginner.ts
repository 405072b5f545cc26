// Insertion sort on numbers, in place.
function insertionSort(items: number[]): number[] {
  for (let i = 1; i < items.length; i++) {
    const key = items[i]; // the next value to place
    let j = i - 1;
    while (j >= 0 && items[j] > key) {
      items[j + 1] = items[j]; // shift the bigger value right
      j--;
    }
    items[j + 1] = key; // place the key in the gap
  }
  return items;
}

console.log(insertionSort([5, 2, 9, 1, 7])); // [ 1, 2, 5, 7, 9 ]
