// Await everything you start; let the types show what is still pending.
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface User {
  id: number;
  name: string;
}

async function fetchUser(id: number): Promise<User> {
  await sleep(5);
  if (id < 0) throw new RangeError(`bad id ${id}`);
  return { id, name: `user${id}` };
}

// Promise.all keeps the tuple/array types: Promise<User[]>.
async function fetchAll(ids: readonly number[]): Promise<User[]> {
  return Promise.all(ids.map((id) => fetchUser(id)));
}

// Returning vs awaiting inside try: only "return await" lets catch see the error.
async function safeFetch(id: number): Promise<User | Error> {
  try {
    return await fetchUser(id);
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

async function main(): Promise<void> {
  const users = await fetchAll([1, 2, 3]);
  console.log(users.map((u) => u.name)); // [ 'user1', 'user2', 'user3' ]

  const outcome = await safeFetch(-1);
  console.log(outcome instanceof Error ? outcome.message : outcome.name); // bad id -1

  // Awaited<T> names the value type a Promise resolves to.
  type Resolved = Awaited<ReturnType<typeof fetchUser>>;
  const first: Resolved = users[0];
  console.log(first.id); // 1
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
