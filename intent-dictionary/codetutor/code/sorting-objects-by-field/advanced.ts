class Employee {
  constructor(
    readonly name: string,
    readonly dept: string,
    readonly salary: number,
  ) {}
}

type Comparator<T> = (a: T, b: T) => number;

// A comparator for any field whose values are strings or numbers.
// keyof restricts `field` to real property names, so typos do not compile.
function by<T, K extends keyof T>(field: K): Comparator<T> {
  return (a, b) => (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : 0);
}
const desc = <T>(cmp: Comparator<T>): Comparator<T> => (a, b) => cmp(b, a);
function thenBy<T>(...cmps: Comparator<T>[]): Comparator<T> {
  return (a, b) => {
    for (const cmp of cmps) {
      const r = cmp(a, b);
      if (r !== 0) return r;
    }
    return 0;
  };
}

const staff: readonly Employee[] = [
  new Employee("Noor", "eng", 120), new Employee("Ada", "ops", 90),
  new Employee("Ben", "eng", 120), new Employee("Cal", "eng", 95),
  new Employee("Dee", "ops", 105),
];

// `readonly Employee[]` has no sort(), so we must copy first: [...staff].
const ranked = [...staff].sort(
  thenBy<Employee>(by("dept"), desc(by("salary")), by("name")),
);
for (const e of ranked) {
  console.log(`${e.dept.padEnd(4)} ${String(e.salary).padStart(4)} ${e.name}`);
}
console.log("original first:", staff[0].name);
