// A generic priority queue on a binary heap, with heapify in O(n).
class PriorityQueue<T> {
  private readonly a: T[];

  constructor(private readonly less: (x: T, y: T) => boolean, items: Iterable<T> = []) {
    this.a = [...items];
    // Bottom-up heapify: sink every internal node, last to first. O(n) overall.
    for (let i = (this.a.length >> 1) - 1; i >= 0; i--) this.sink(i);
  }

  get size(): number { return this.a.length; }
  peek(): T | undefined { return this.a[0]; }

  push(value: T): void {
    const a = this.a;
    a.push(value);
    for (let i = a.length - 1, p = (i - 1) >> 1; i > 0 && this.less(a[i], a[p]); i = p, p = (i - 1) >> 1) {
      [a[i], a[p]] = [a[p], a[i]];
    }
  }

  pop(): T | undefined {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (last !== undefined && a.length > 0) {
      a[0] = last;
      this.sink(0);
    }
    return top;
  }

  private sink(i: number): void {
    const a = this.a;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < a.length && this.less(a[l], a[m])) m = l;
      if (r < a.length && this.less(a[r], a[m])) m = r;
      if (m === i) return;
      [a[i], a[m]] = [a[m], a[i]];
      i = m;
    }
  }
}

interface Job { name: string; priority: number; deadline: number }

const jobs = new PriorityQueue<Job>(
  (x, y) => x.priority > y.priority || (x.priority === y.priority && x.deadline < y.deadline),
  [
    { name: "backup", priority: 1, deadline: 50 },
    { name: "alert", priority: 5, deadline: 10 },
    { name: "report", priority: 3, deadline: 30 },
    { name: "page", priority: 5, deadline: 5 },
  ],
);
jobs.push({ name: "cleanup", priority: 1, deadline: 20 });
const order: string[] = [];
for (let job = jobs.pop(); job !== undefined; job = jobs.pop()) order.push(job.name);
console.log(order.join(" > "));
