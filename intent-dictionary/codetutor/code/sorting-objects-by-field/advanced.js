class Employee {
  constructor(name, dept, salary) {
    this.name = name;
    this.dept = dept;
    this.salary = salary;
  }
}

const staff = [
  new Employee("Noor", "eng", 120), new Employee("Ada", "ops", 90),
  new Employee("Ben", "eng", 120), new Employee("Cal", "eng", 95),
  new Employee("Dee", "ops", 105),
];

// Small helpers that build comparators, so sort orders read like sentences.
const by = (field) => (a, b) => (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : 0);
const desc = (cmp) => (a, b) => cmp(b, a);
const thenBy = (...cmps) => (a, b) => {
  for (const cmp of cmps) {
    const r = cmp(a, b);
    if (r !== 0) return r;
  }
  return 0;
};

// Copy before sorting ([...staff]) so the original array keeps its order.
const byName = [...staff].sort(by("name"));
console.log(byName.map((e) => e.name));

// dept ascending, then salary descending, then name ascending
const ranked = [...staff].sort(thenBy(by("dept"), desc(by("salary")), by("name")));
for (const e of ranked) {
  console.log(`${e.dept.padEnd(4)} ${String(e.salary).padStart(4)} ${e.name}`);
}
console.log("original first:", staff[0].name); // still Noor

// Array.prototype.sort is stable (ES2019+), so equal keys keep their order.
const stable = [...byName].sort(by("dept"));
console.log(stable.map((e) => e.name));
