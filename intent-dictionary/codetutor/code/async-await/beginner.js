// A promise-based pause, standing in for a slow network call.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function brew(drink, ms) {
  console.log(`start ${drink}`);
  await sleep(ms); // pause here; other code keeps running meanwhile
  return `${drink} ready`;
}

async function main() {
  // Start both, then wait for both: about 200 ms in total, not 300 ms.
  const results = await Promise.all([brew("tea", 200), brew("coffee", 100)]);
  console.log(results);
}

main();
