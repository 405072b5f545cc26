// Same question, three complexities: does any pair sum to the target?
// Each function counts its basic steps so the growth is visible.

function pairSumBrute(nums, target) {
  let steps = 0; // O(n^2) time, O(1) space
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      steps++;
      if (nums[i] + nums[j] === target) return { found: true, steps };
    }
  }
  return { found: false, steps };
}

function pairSumSet(nums, target) {
  let steps = 0; // O(n) average time, O(n) space
  const seen = new Set();
  for (const x of nums) {
    steps++;
    if (seen.has(target - x)) return { found: true, steps };
    seen.add(x);
  }
  return { found: false, steps };
}

// Hidden complexity: includes() is itself a loop, so this is O(n^2) too.
function pairSumHidden(nums, target) {
  let steps = 0;
  const seen = [];
  for (const x of nums) {
    steps += seen.length + 1; // what includes() really costs
    if (seen.includes(target - x)) return { found: true, steps };
    seen.push(x);
  }
  return { found: false, steps };
}

console.log("n         brute       set  includes");
for (const n of [1000, 2000, 4000]) {
  const nums = Array.from({ length: n }, (_, i) => i * 2); // all even: odd target never found
  const row = [pairSumBrute, pairSumSet, pairSumHidden].map((f) => f(nums, -1).steps);
  console.log(String(n).padEnd(5), row.map((s) => String(s).padStart(9)).join(" "));
}
