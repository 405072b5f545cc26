// An array keeps values of one type in order; indexes start at 0.
const temperatures: number[] = [18, 21, 19, 24, 22];

console.log("first:", temperatures[0]);
console.log("last:", temperatures[temperatures.length - 1]);
console.log("count:", temperatures.length);

temperatures[2] = 20; // replace one element in place
temperatures.forEach((temp: number, day: number) => {
  console.log(`day ${day}: ${temp} C`);
});
