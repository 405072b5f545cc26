// 0.1 and 0.2 cannot be stored exactly in binary, so the sum is a hair off.
const total = 0.1 + 0.2;
console.log(total);           // 0.30000000000000004
console.log(total === 0.3);   // false

// Compare with a small tolerance instead of ===.
const closeEnough = Math.abs(total - 0.3) < 1e-9;
console.log(closeEnough);     // true

// Round only when you DISPLAY the value.
console.log(total.toFixed(2)); // "0.30"
