interface Task {
  title: string;
  status: "todo" | "doing" | "done";
  hours: number;
}

// A generic single-pass grouping helper that accepts any iterable.
function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const bucket = groups.get(key);
    if (bucket) {
      bucket.push(item);
    } else {
      groups.set(key, [item]);
    }
  }
  return groups;
}

// A generator: for...of pulls its values lazily.
function* range(start: number, end: number, step = 1): Generator<number> {
  if (step <= 0) throw new RangeError("step must be positive");
  for (let i = start; i < end; i += step) yield i;
}

const tasks: Task[] = [
  { title: "design", status: "done", hours: 3 },
  { title: "build", status: "doing", hours: 8 },
  { title: "test", status: "todo", hours: 2 },
  { title: "docs", status: "todo", hours: 5 },
];

for (const [status, group] of groupBy(tasks, (t) => t.status)) {
  let hours = 0;
  for (const t of group) hours += t.hours;
  console.log(`${status.padEnd(5)} ${group.map((t) => t.title).join(", ")} (${hours} h)`);
}

console.log([...range(0, 10, 3)]);

for (const [i, t] of tasks.entries()) {
  if (t.hours > 4) {
    console.log(`first long task at index ${i}: ${t.title}`);
    break;
  }
}
