// Each node holds a value and a pointer to the next node (or null).
interface ListNode<T> {
  value: T;
  next: ListNode<T> | null;
}

// Build the list 1 -> 2 -> 3 by linking nodes together.
let head: ListNode<number> = { value: 1, next: { value: 2, next: { value: 3, next: null } } };

// Walk the chain until there is no next node.
for (let current: ListNode<number> | null = head; current !== null; current = current.next) {
  console.log(current.value);
}

head = { value: 0, next: head }; // inserting at the front is O(1): no shifting
console.log("new head:", head.value);
