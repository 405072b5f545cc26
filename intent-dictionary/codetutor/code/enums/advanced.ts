// A union of string literals: no runtime enum object, the list doubles as the source of truth.
const STATUSES = ["pending", "paid", "shipped", "delivered", "cancelled"] as const;
type Status = (typeof STATUSES)[number];

// Record<Status, ...> forces an entry for every status: adding one without it won't compile.
const TRANSITIONS: Record<Status, readonly Status[]> = {
  pending: ["paid", "cancelled"],
  paid: ["shipped", "cancelled"],
  shipped: ["delivered"],
  delivered: [],
  cancelled: [],
};

function isStatus(text: string): text is Status {
  return (STATUSES as readonly string[]).includes(text);
}

function parseStatus(text: string): Status {
  const clean = text.trim().toLowerCase();
  if (!isStatus(clean)) throw new RangeError(`unknown status "${text}"; expected one of ${STATUSES.join(", ")}`);
  return clean;
}

function describe(status: Status): string {
  switch (status) {
    case "pending": return "waiting for payment";
    case "paid": return "being packed";
    case "shipped": return "on its way";
    case "delivered": return "done";
    case "cancelled": return "stopped";
    default: { const unreachable: never = status; return unreachable; } // compile error if a case is missing
  }
}

let current = parseStatus(" Pending ");
for (const step of ["paid", "shipped", "delivered"]) {
  const next = parseStatus(step);
  if (!TRANSITIONS[current].includes(next)) throw new Error(`cannot go from ${current} to ${next}`);
  current = next;
  console.log(`${current}: ${describe(current)}, final=${TRANSITIONS[current].length === 0}`);
}
try {
  parseStatus("lost");
} catch (err) {
  console.log("rejected:", (err as Error).message);
}
