async function fetchUser(id) {
  await new Promise((resolve) => setTimeout(resolve, 10)); // fake network wait
  return { id, name: "Ada" };
}

async function main() {
  const user = await fetchUser(1); // await unwraps the Promise
  console.log(user.name.toUpperCase()); // ADA
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
