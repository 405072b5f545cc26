const rate = 0.2;

function tax(amount) {
  const result = amount * rate; // BUG: reads the inner "rate" declared below
  const rate = 0.25;            // this shadows the outer rate for the whole function
  return result + rate;
}

console.log(tax(100));
