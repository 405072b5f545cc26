// An async function always returns a Promise<T>, never a bare T.
async function fetchPrice(item: string): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 10)); // fake network wait
  return item === "apple" ? 0.5 : 0.75;
}

async function main(): Promise<void> {
  const pending: Promise<number> = fetchPrice("apple");
  // pending.toFixed(2) would be a compile error: it is a Promise.
  const price: number = await pending; // await unwraps it
  console.log(price.toFixed(2));       // 0.50
  console.log(await fetchPrice("pear")); // 0.75
}

main();
