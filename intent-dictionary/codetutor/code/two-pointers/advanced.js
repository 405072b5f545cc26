// Three-sum: every distinct triple that adds to zero.
// Sort once (O(n log n)), then for each anchor run a two-pointer scan
// over the rest: O(n^2) in total instead of O(n^3) for three loops.
function threeSum(input) {
  const nums = [...input].sort((a, b) => a - b);
  const result = [];
  for (let i = 0; i < nums.length - 2; i++) {
    if (nums[i] > 0) break; // the smallest value is positive: no more sums of 0
    if (i > 0 && nums[i] === nums[i - 1]) continue; // same anchor: same triples
    let left = i + 1;
    let right = nums.length - 1;
    while (left < right) {
      const sum = nums[i] + nums[left] + nums[right];
      if (sum < 0) left++;
      else if (sum > 0) right--;
      else {
        result.push([nums[i], nums[left], nums[right]]);
        left++;
        right--;
        while (left < right && nums[left] === nums[left - 1]) left++; // skip repeats
        while (left < right && nums[right] === nums[right + 1]) right--;
      }
    }
  }
  return result;
}

console.log(threeSum([-1, 0, 1, 2, -1, -4])); // [ [ -1, -1, 2 ], [ -1, 0, 1 ] ]
console.log(threeSum([0, 0, 0, 0])); // [ [ 0, 0, 0 ] ]
console.log(threeSum([1, 2])); // []
