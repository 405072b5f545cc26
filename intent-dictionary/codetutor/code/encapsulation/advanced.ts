class InsufficientFunds extends Error {}

interface Entry {
  readonly description: string;
  readonly cents: number;
}

class Account {
  #entries: Entry[] = []; // `#`: private at run time too, not only to the compiler
  #overdraft = 0;

  constructor(readonly owner: string, overdraft = 0) {
    this.overdraft = overdraft; // goes through the validating setter
  }

  get overdraft(): number { return this.#overdraft; }

  set overdraft(cents: number) {
    if (!Number.isInteger(cents) || cents < 0) {
      throw new RangeError("overdraft must be a non-negative integer");
    }
    this.#overdraft = cents;
  }

  get balance(): number {
    return this.#entries.reduce((sum, e) => sum + e.cents, 0);
  }

  deposit(cents: number, description = "deposit"): void { this.#record(description, Math.abs(cents)); }
  withdraw(cents: number, description = "withdrawal"): void { this.#record(description, -Math.abs(cents)); }

  // ReadonlyArray: the compiler forbids push/pop on what callers receive.
  history(): ReadonlyArray<Entry> { return [...this.#entries]; }

  #record(description: string, cents: number): void {
    if (this.balance + cents < -this.#overdraft) {
      throw new InsufficientFunds(`${this.owner} cannot take out ${-cents}`);
    }
    this.#entries.push({ description, cents });
  }
}

const account = new Account("Ada", 1000);
account.deposit(5000, "salary");
account.withdraw(5500, "rent");
console.log("balance:", account.balance);
try { account.withdraw(1000); } catch (err) { console.log("refused:", (err as Error).message); }
console.log(account.history().map((e) => `${e.description} ${e.cents}`));
