// Binary search: find target in a SORTED array by halving the range.
function binarySearch(items, target) {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2); // middle of the remaining range
    if (items[mid] === target) return mid;
    if (items[mid] < target) {
      lo = mid + 1; // target is in the right half
    } else {
      hi = mid - 1; // target is in the left half
    }
  }
  return -1; // not found
}

const scores = [3, 8, 15, 23, 42, 57, 91];
console.log(binarySearch(scores, 42)); // 4
console.log(binarySearch(scores, 5)); // -1
