// A reusable binary heap ordered by a comparator, used to merge sorted streams.
class Heap {
  #items = [];
  constructor(less) { this.less = less; }
  get size() { return this.#items.length; }
  peek() { return this.#items[0]; }

  push(value) {
    const a = this.#items;
    a.push(value);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }

  pop() {
    const a = this.#items;
    if (a.length === 0) throw new RangeError("pop from empty heap");
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

// k-way merge: O(n log k) for n total items across k sorted lists.
function mergeSorted(lists) {
  const heap = new Heap((x, y) => x.value < y.value);
  lists.forEach((list, li) => { if (list.length > 0) heap.push({ value: list[0], li, i: 0 }); });
  const out = [];
  while (heap.size > 0) {
    const { value, li, i } = heap.pop();
    out.push(value);
    if (i + 1 < lists[li].length) heap.push({ value: lists[li][i + 1], li, i: i + 1 });
  }
  return out;
}

console.log(mergeSorted([[1, 4, 9], [2, 3, 10, 12], [], [5]]).join(" "));
