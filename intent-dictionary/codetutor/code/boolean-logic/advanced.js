const users = [
  { name: "ada", email: "ada@example.com", roles: ["editor"], banned: false },
  { name: "bob", email: null, roles: ["admin"], banned: true },
  { name: "cy", email: "cy@example.com", roles: [], banned: false },
];

function canPublish(user) {
  // Short-circuit: the right side only runs if the left side is truthy.
  return user != null && !user.banned && user.roles.some((r) => r === "editor" || r === "admin");
}

for (const u of [...users, null]) {
  console.log(u?.name ?? "anonymous", canPublish(u));
}

// every() and some() also stop at the first decisive element.
console.log("all have email:", users.every((u) => Boolean(u.email)));
console.log("any admin:", users.some((u) => u.roles.includes("admin")));

// Truthiness: these six values are falsy; everything else (even [] and "0") is truthy.
const falsy = [false, 0, "", null, undefined, NaN];
console.log(falsy.map(Boolean), [[], "0", {}].map(Boolean));

// && and || return an operand, not necessarily a boolean.
console.log("" || "guest", 0 ?? 10, "ada" && "ada".length);

// De Morgan's laws hold for every combination.
for (const a of [false, true]) {
  for (const b of [false, true]) {
    if (!(a && b) !== (!a || !b) || !(a || b) !== (!a && !b)) throw new Error("impossible");
  }
}
console.log("De Morgan verified");
