// Bottom-up merge sort: no recursion, one scratch buffer, stable.
// Merges runs of width 1, 2, 4, ... so it does about log2(n) passes of O(n).
function mergeSort(input, compare = (a, b) => a - b) {
  let src = input.slice();
  let dst = new Array(src.length);
  const n = src.length;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        if (i < mid && (j >= hi || compare(src[i], src[j]) <= 0)) dst[k] = src[i++];
        else dst[k] = src[j++];
      }
    }
    [src, dst] = [dst, src]; // swap roles instead of copying back
  }
  return src;
}

const people = [
  { name: "mia", age: 31 },
  { name: "ali", age: 25 },
  { name: "zoe", age: 31 },
  { name: "bob", age: 25 },
];
const byAge = mergeSort(people, (a, b) => a.age - b.age);
console.log(byAge.map((p) => `${p.name}:${p.age}`).join(" ")); // ali:25 bob:25 mia:31 zoe:31
console.log(people[0].name); // mia: the input is untouched

const words = mergeSort(["pear", "Fig", "apple"], (a, b) => a.localeCompare(b));
console.log(words); // [ 'apple', 'Fig', 'pear' ]
console.log(mergeSort([]), mergeSort([7]));
