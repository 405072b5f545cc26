class BankAccount {
  #balance = 0; // `#` makes the field truly private to the class

  constructor(owner) {
    this.owner = owner;
  }

  deposit(amount) {
    if (amount <= 0) {
      throw new RangeError("deposit must be positive");
    }
    this.#balance += amount;
  }

  get balance() { // readable from outside, but there is no setter
    return this.#balance;
  }
}

const account = new BankAccount("Ada");
account.deposit(50);
console.log(account.owner, "has", account.balance);
// account.deposit(-10) would throw a RangeError and leave the balance untouched
