interface User {
  id: number;
  name: string;
}

async function fetchUser(id: number): Promise<User> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { id, name: "Ada" };
}

async function main(): Promise<void> {
  const user = fetchUser(1); // BUG: missing await
  console.log(user.name.toUpperCase());
}

main();
