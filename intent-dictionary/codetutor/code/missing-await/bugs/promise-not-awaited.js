async function fetchUser(id) {
  await new Promise((resolve) => setTimeout(resolve, 10)); // fake network wait
  return { id, name: "Ada" };
}

async function main() {
  const user = fetchUser(1); // BUG: missing await, so this is a Promise
  console.log(user.name.toUpperCase());
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
