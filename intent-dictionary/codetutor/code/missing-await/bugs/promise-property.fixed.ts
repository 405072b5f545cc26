interface User {
  id: number;
  name: string;
}

async function fetchUser(id: number): Promise<User> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { id, name: "Ada" };
}

async function main(): Promise<void> {
  const user = await fetchUser(1); // now a User
  console.log(user.name.toUpperCase()); // ADA
}

main();
