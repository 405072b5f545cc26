function describe(temperature: number): string {
  // Only the first branch whose condition is true runs.
  if (temperature < 0) {
    return "Freezing: wear a heavy coat";
  } else if (temperature < 15) {
    return "Cold: take a jacket";
  } else if (temperature < 25) {
    return "Mild: a sweater is enough";
  } else {
    return "Hot: T-shirt weather";
  }
}

const temperature: number = 18;
console.log(describe(temperature));

// The ternary operator picks one of two values.
const advice: string = temperature < 20 ? "take an umbrella" : "leave the umbrella at home";
console.log(advice);
