// A closure gives each counter its own private state.
function createCounter(start = 0) {
  let count = start; // only the functions below can reach this variable
  return {
    increment: (step = 1) => (count += step),
    reset: () => {
      count = start;
    },
    get value() {
      return count;
    },
  };
}

const a = createCounter();
const b = createCounter(100);
a.increment();
a.increment();
b.increment(5);
console.log(a.value, b.value, a.count); // count itself is not reachable

// var is function-scoped: all three closures share one i.
const withVar = [];
for (var i = 0; i < 3; i++) withVar.push(() => i);
// let creates a fresh binding for every iteration.
const withLet = [];
for (let j = 0; j < 3; j++) withLet.push(() => j);
console.log(withVar.map((f) => f()), withLet.map((f) => f()));

// Temporal dead zone: a let exists from the start of its block but cannot be read early.
try {
  console.log(later);
  let later = 1;
} catch (err) {
  console.log(`${err.name}: ${err.message}`);
}

// Shadowing: the inner total is a different variable.
let total = 10;
{
  let total = 1;
  total += 1;
  console.log("inner", total);
}
console.log("outer", total);
