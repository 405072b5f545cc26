// A tiny min-heap stored in an array: children of i sit at 2i+1 and 2i+2.
const heap = [];

function push(value) {
  heap.push(value);
  let i = heap.length - 1;
  while (i > 0 && heap[(i - 1) >> 1] > heap[i]) { // bubble up past larger parents
    const parent = (i - 1) >> 1;
    [heap[parent], heap[i]] = [heap[i], heap[parent]];
    i = parent;
  }
}

function pop() {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0) {
    heap[0] = last;
    for (let i = 0; ;) { // sink down toward the smaller child
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && heap[l] < heap[m]) m = l;
      if (r < heap.length && heap[r] < heap[m]) m = r;
      if (m === i) break;
      [heap[m], heap[i]] = [heap[i], heap[m]];
      i = m;
    }
  }
  return top;
}

[15, 3, 42, 8, 23].forEach(push);
console.log("smallest:", heap[0]);
while (heap.length > 0) console.log("next:", pop());
