// Find two numbers in a SORTED array that add up to target.
function pairWithSum(nums: number[], target: number): [number, number] | null {
  let left = 0; // smallest value
  let right = nums.length - 1; // largest value
  while (left < right) {
    const sum = nums[left] + nums[right];
    if (sum === target) return [nums[left], nums[right]];
    if (sum < target) left++; // too small: take a bigger left value
    else right--; // too big: take a smaller right value
  }
  return null; // no pair adds up to target
}

console.log(pairWithSum([1, 3, 4, 6, 9], 10)); // [ 1, 9 ]
console.log(pairWithSum([1, 3, 4, 6, 9], 2)); // null
