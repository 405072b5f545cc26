// Merge two sorted arrays into one sorted array.
function merge(left, right) {
  const result = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    // <= takes from the left on ties, which keeps the sort stable
    if (left[i] <= right[j]) result.push(left[i++]);
    else result.push(right[j++]);
  }
  // one side may still have items: they are all larger, append them
  return result.concat(left.slice(i), right.slice(j));
}

function mergeSort(items) {
  if (items.length <= 1) return items; // base case
  const mid = Math.floor(items.length / 2);
  return merge(mergeSort(items.slice(0, mid)), mergeSort(items.slice(mid)));
}

console.log(mergeSort([38, 27, 43, 3, 9, 82, 10])); // [3, 9, 10, 27, 38, 43, 82]
