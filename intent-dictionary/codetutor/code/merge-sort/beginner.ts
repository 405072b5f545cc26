// Merge two sorted arrays into one sorted array.
function merge(left: number[], right: number[]): number[] {
  const result: number[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i] <= right[j]) result.push(left[i++]); // ties from the left
    else result.push(right[j++]);
  }
  return result.concat(left.slice(i), right.slice(j)); // leftovers
}

function mergeSort(items: number[]): number[] {
  if (items.length <= 1) return items; // base case: already sorted
  const mid = Math.floor(items.length / 2);
  return merge(mergeSort(items.slice(0, mid)), mergeSort(items.slice(mid)));
}

console.log(mergeSort([38, 27, 43, 3, 9, 82, 10])); // [3, 9, 10, 27, 38, 43, 82]
