// A promise-based pause, standing in for a slow network call.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function brew(drink: string, ms: number): Promise<string> {
  console.log(`start ${drink}`);
  await sleep(ms); // pause here; other code keeps running meanwhile
  return `${drink} ready`;
}

async function main(): Promise<void> {
  // Start both, then wait for both: about 200 ms in total, not 300 ms.
  const results: string[] = await Promise.all([brew("tea", 200), brew("coffee", 100)]);
  console.log(results);
}

main();
