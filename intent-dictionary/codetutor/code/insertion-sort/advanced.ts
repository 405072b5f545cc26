type Comparator<T> = (a: T, b: T) => number;

// Stable generic insertion sort that reports the work it did.
function insertionSort<T>(items: T[], compare: Comparator<T>): { shifts: number } {
  let shifts = 0;
  for (let i = 1; i < items.length; i++) {
    const key = items[i];
    let j = i - 1;
    while (j >= 0 && compare(items[j], key) > 0) {
      items[j + 1] = items[j];
      j--;
      shifts++; // one shift per inversion involving key
    }
    items[j + 1] = key;
  }
  return { shifts };
}

interface Task {
  name: string;
  priority: number;
}

const byPriority: Comparator<Task> = (a, b) => a.priority - b.priority;
const tasks: Task[] = [
  { name: "write", priority: 2 },
  { name: "test", priority: 1 },
  { name: "deploy", priority: 3 },
  { name: "review", priority: 2 },
];
console.log(insertionSort(tasks, byPriority).shifts); // 2
console.log(tasks.map((t) => t.name).join(" > ")); // test > write > review > deploy

const asc: Comparator<number> = (a, b) => a - b;
const sorted = Array.from({ length: 1000 }, (_, i) => i);
console.log(insertionSort(sorted, asc).shifts); // 0: linear time
const reversed = Array.from({ length: 100 }, (_, i) => 100 - i);
console.log(insertionSort(reversed, asc).shifts); // 4950: quadratic
