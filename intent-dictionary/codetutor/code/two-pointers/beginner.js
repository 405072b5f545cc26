// Reverse an array in place with one pointer at each end.
function reverseInPlace(items) {
  let left = 0;
  let right = items.length - 1;
  while (left < right) {
    [items[left], items[right]] = [items[right], items[left]]; // swap the ends
    left++; // both pointers step toward the middle
    right--;
  }
  return items;
}

console.log(reverseInPlace([1, 2, 3, 4, 5])); // [ 5, 4, 3, 2, 1 ]
console.log(reverseInPlace(["a", "b"])); // [ 'b', 'a' ]
