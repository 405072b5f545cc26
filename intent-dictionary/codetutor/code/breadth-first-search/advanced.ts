// Generic BFS over any implicit graph: the caller supplies neighbours and
// a key (states that are equal must produce the same key).
function bfs<S>(start: S, isGoal: (s: S) => boolean, neighbours: (s: S) => S[], key: (s: S) => string): S[] | null {
  const parent = new Map<string, { state: S; from: string | null }>([[key(start), { state: start, from: null }]]);
  const queue: S[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head];
    if (isGoal(current)) {
      const path: S[] = [];
      for (let k: string | null = key(current); k !== null; k = parent.get(k)!.from) {
        path.push(parent.get(k)!.state);
      }
      return path.reverse();
    }
    for (const next of neighbours(current)) {
      const k = key(next);
      if (!parent.has(k)) {
        parent.set(k, { state: next, from: key(current) });
        queue.push(next);
      }
    }
  }
  return null;
}

// Water jugs: a 3-litre and a 5-litre jug; measure exactly 4 litres.
type Jugs = [number, number];
const [CAP_A, CAP_B] = [3, 5];
const moves = ([a, b]: Jugs): Jugs[] => {
  const pourAB = Math.min(a, CAP_B - b);
  const pourBA = Math.min(b, CAP_A - a);
  return [[CAP_A, b], [a, CAP_B], [0, b], [a, 0], [a - pourAB, b + pourAB], [a + pourBA, b - pourBA]];
};

const steps = bfs<Jugs>([0, 0], ([a, b]) => a === 4 || b === 4, moves, ([a, b]) => `${a},${b}`);
console.log(steps?.map(([a, b]) => `(${a},${b})`).join(" ")); // (0,0) (0,5) (3,2) (0,2) (2,0) (2,5) (3,4)
console.log(bfs<Jugs>([0, 0], ([a]) => a === 7, moves, ([a, b]) => `${a},${b}`)); // null
