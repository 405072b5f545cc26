// Let the type system carry "might be missing" and force the checks.

interface User {
  id: number;
  name: string;
  managerId: number | null; // null = top of the tree, on purpose
}

const users = new Map<number, User>([
  [1, { id: 1, name: "Grace", managerId: null }],
  [2, { id: 2, name: "Linus", managerId: 1 }],
  [3, { id: 3, name: "Ken", managerId: 99 }], // dangling reference
]);

// An assertion function narrows the type for the rest of the scope.
function assertDefined<T>(value: T | null | undefined, what: string): asserts value is T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
}

function managerName(userId: number): string {
  const user = users.get(userId);          // User | undefined
  assertDefined(user, `user ${userId}`);   // from here on: User
  if (user.managerId === null) return "(top of the tree)";
  const manager = users.get(user.managerId);
  return manager?.name ?? `(unknown manager ${user.managerId})`;
}

for (const id of [2, 1, 3, 7]) {
  try {
    console.log(id, managerName(id));
  } catch (err) {
    console.log(id, err instanceof Error ? err.message : err);
  }
}
// 2 Grace / 1 (top of the tree) / 3 (unknown manager 99) / 7 user 7 is missing
