// With "strict" on, TypeScript makes you handle the missing case.
interface User {
  name: string;
  email?: string; // may be absent
}

const users: User[] = [{ name: "Ada", email: "ada@example.com" }, { name: "Alan" }];

const grace: User | undefined = users.find((u) => u.name === "Grace");
// grace.name here would be a compile error: "grace" is possibly undefined.
console.log(grace === undefined ? "Grace not found" : grace.name);

for (const u of users) {
  // ?. and ?? handle the missing email without a crash.
  console.log(`${u.name}: ${u.email?.toUpperCase() ?? "no email"}`);
}
