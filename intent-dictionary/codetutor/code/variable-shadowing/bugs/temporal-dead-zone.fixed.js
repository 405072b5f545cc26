const rate = 0.2;

function tax(amount) {
  const result = amount * rate; // the outer rate: no shadowing any more
  const surcharge = 0.25;       // a distinct name for the new value
  return result + surcharge;
}

console.log(tax(100)); // 20.25
