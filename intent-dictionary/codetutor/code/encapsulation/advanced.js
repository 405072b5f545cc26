"use strict";

class InsufficientFunds extends Error {}

class Account {
  #entries = [];
  #overdraft = 0;

  constructor(owner, overdraft = 0) {
    this.owner = owner;
    this.overdraft = overdraft; // goes through the validating setter
  }

  get overdraft() { return this.#overdraft; }

  set overdraft(cents) {
    if (!Number.isInteger(cents) || cents < 0) {
      throw new RangeError("overdraft must be a non-negative integer");
    }
    this.#overdraft = cents;
  }

  // Derived from the private ledger, so balance and history never disagree.
  get balance() {
    return this.#entries.reduce((sum, entry) => sum + entry.cents, 0);
  }

  #record(description, cents) {
    if (this.balance + cents < -this.#overdraft) {
      throw new InsufficientFunds(`${this.owner} cannot take out ${-cents}`);
    }
    this.#entries.push(Object.freeze({ description, cents }));
  }

  deposit(cents, description = "deposit") { this.#record(description, Math.abs(cents)); }
  withdraw(cents, description = "withdrawal") { this.#record(description, -Math.abs(cents)); }
  history() { return [...this.#entries]; } // a copy: callers cannot edit the ledger
}

const account = new Account("Ada", 1000);
account.deposit(5000, "salary");
account.withdraw(5500, "rent");
console.log("balance:", account.balance);
try { account.withdraw(1000); } catch (err) { console.log("refused:", err.message); }
account.history().pop(); // only the copy shrinks
console.log(account.history().map((e) => `${e.description} ${e.cents}`));
try {
  account.balance = 1_000_000; // a getter without a setter: strict mode throws
} catch (err) { console.log("refused:", err.constructor.name); }
