const temperature = 18;

// Only the first branch whose condition is true runs.
if (temperature < 0) {
  console.log("Freezing: wear a heavy coat");
} else if (temperature < 15) {
  console.log("Cold: take a jacket");
} else if (temperature < 25) {
  console.log("Mild: a sweater is enough");
} else {
  console.log("Hot: T-shirt weather");
}

// The ternary operator picks one of two values.
const advice = temperature < 20 ? "take an umbrella" : "leave the umbrella at home";
console.log(advice);
