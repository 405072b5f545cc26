// T is a type parameter: a placeholder filled in by each user of the class.
class Stack<T> {
  private items: T[] = [];

  push(item: T): void {
    this.items.push(item);
  }

  pop(): T | undefined {
    return this.items.pop();
  }
}

const numbers = new Stack<number>();
numbers.push(1);
numbers.push(2);
// numbers.push("x");  // compile error: string is not assignable to number
console.log((numbers.pop() ?? 0) + 10);

const names = new Stack<string>(); // the same class, reused for strings
names.push("Ada");
console.log(names.pop()?.toUpperCase());
