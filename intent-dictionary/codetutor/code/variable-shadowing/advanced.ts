// Shadowing in classes and closures: make every name mean one thing.

class Account {
  private balance = 0;

  // A parameter named like a field shadows it: always write "this.".
  deposit(balance: number): void {
    this.balance += balance; // "balance += balance" would only double the parameter
  }

  get total(): number {
    return this.balance;
  }
}

const acct = new Account();
acct.deposit(50);
acct.deposit(25);
console.log(acct.total); // 75

// A callback parameter that reuses an outer name hides it in the callback.
const total = 100;
const parts = [10, 20, 30];
const confusing = parts.map((total) => total / 100); // "total" is each part here!
const clear = parts.map((part) => (part / total) * 100);
console.log(confusing, clear); // [ 0.1, 0.2, 0.3 ] [ 10, 20, 30 ]

// Destructuring can shadow silently too: rename to keep both.
const id = "outer";
const record = { id: 42, label: "answer" };
{
  const { id: recordId, label } = record; // no shadowing of id
  console.log(id, recordId, label); // outer 42 answer
}

// Closures capture the binding, so let gives one per iteration.
const getters: Array<() => number> = [];
for (let i = 0; i < 3; i++) getters.push(() => i);
console.log(getters.map((g) => g())); // [ 0, 1, 2 ]
