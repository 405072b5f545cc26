// Each node holds a value and a pointer to the next node.
class Node {
  constructor(value, next = null) {
    this.value = value;
    this.next = next;
  }
}

// Build the list 1 -> 2 -> 3 by linking nodes together.
let head = new Node(1, new Node(2, new Node(3)));

// Walk the chain until there is no next node.
for (let current = head; current !== null; current = current.next) {
  console.log(current.value);
}

head = new Node(0, head); // inserting at the front is O(1): no shifting
console.log("new head:", head.value);
