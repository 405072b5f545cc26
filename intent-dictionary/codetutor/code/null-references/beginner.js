// find() returns undefined when nothing matches, so check before using it.
const users = [
  { name: "Ada", email: "ada@example.com" },
  { name: "Alan" }, // no email
];

const grace = users.find((u) => u.name === "Grace");
if (grace === undefined) {
  console.log("Grace not found");
}

// Optional chaining ?. stops at null/undefined; ?? supplies a default.
for (const u of users) {
  const email = u.email?.toUpperCase() ?? "no email";
  console.log(`${u.name}: ${email}`);
}
