// as const: literal types and readonly, so the array doubles as a union type.
const ROLES = ["viewer", "editor", "admin"] as const;
type Role = (typeof ROLES)[number];

// A recursive read-only type: every nested level is protected at compile time.
type DeepReadonly<T> = T extends (infer U)[]
  ? ReadonlyArray<DeepReadonly<U>>
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

interface User {
  name: string;
  role: Role;
  tags: string[];
}

type State = DeepReadonly<{ users: User[]; version: number }>;

// Pure update: returns a new state and shares everything that did not change.
function promote(state: State, name: string): State {
  return {
    ...state,
    version: state.version + 1,
    users: state.users.map((u) => (u.name === name ? { ...u, role: "admin" as const } : u)),
  };
}

const v1: State = {
  version: 1,
  users: [
    { name: "ada", role: "editor", tags: ["math"] },
    { name: "alan", role: "viewer", tags: [] },
  ],
};
// v1.users[0].tags.push("x"); // compile error: push does not exist on ReadonlyArray
const v2 = promote(v1, "ada");

console.log(v1.users[0].role, v2.users[0].role, v2.version);
console.log(v1.users[1] === v2.users[1]); // unchanged user is shared, not copied
console.log(ROLES.includes("admin"));
