// Binary search over a sorted array of numbers.
function binarySearch(items: number[], target: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2); // middle of the remaining range
    if (items[mid] === target) return mid;
    if (items[mid] < target) {
      lo = mid + 1; // discard the left half
    } else {
      hi = mid - 1; // discard the right half
    }
  }
  return -1; // not found
}

const scores: number[] = [3, 8, 15, 23, 42, 57, 91];
console.log(binarySearch(scores, 42)); // 4
console.log(binarySearch(scores, 5)); // -1
