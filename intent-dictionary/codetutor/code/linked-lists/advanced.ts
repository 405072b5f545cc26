// An immutable (persistent) singly linked list: new versions share their tails.
type List<T> = { readonly head: T; readonly tail: List<T> } | null;

const cons = <T>(head: T, tail: List<T>): List<T> => ({ head, tail });

function fromArray<T>(items: readonly T[]): List<T> {
  let list: List<T> = null;
  for (let i = items.length - 1; i >= 0; i--) list = cons(items[i], list);
  return list;
}

function* iterate<T>(list: List<T>): Generator<T> {
  for (let node = list; node !== null; node = node.tail) yield node.head;
}

function reverse<T>(list: List<T>): List<T> {
  let out: List<T> = null;
  for (const value of iterate(list)) out = cons(value, out);
  return out;
}

// Maps in O(n): build the result back to front, then reverse it once.
function map<T, U>(list: List<T>, fn: (value: T) => U): List<U> {
  let backwards: List<U> = null;
  for (const value of iterate(list)) backwards = cons(fn(value), backwards);
  return reverse(backwards);
}

const base = fromArray([2, 3, 4]);
const withOne = cons(1, base); // O(1): base is shared, not copied
const withTen = cons(10, base);

console.log("withOne:", [...iterate(withOne)]);
console.log("withTen:", [...iterate(withTen)]);
console.log("shared tail:", withOne !== null && withTen !== null && withOne.tail === withTen.tail);
console.log("reversed:", [...iterate(reverse(withOne))]);
console.log("squared:", [...iterate(map(base, (n) => n * n))]);
