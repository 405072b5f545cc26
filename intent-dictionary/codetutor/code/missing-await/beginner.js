// An async function always returns a Promise.
async function fetchPrice(item) {
  await new Promise((resolve) => setTimeout(resolve, 10)); // fake network wait
  return { apple: 0.5, pear: 0.75 }[item];
}

async function main() {
  const pending = fetchPrice("apple");
  console.log(pending instanceof Promise); // true: not the price yet!

  const price = await pending;   // await unwraps the Promise
  console.log(price);            // 0.5
  console.log(await fetchPrice("pear")); // 0.75
}

main();
