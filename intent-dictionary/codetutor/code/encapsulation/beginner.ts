class BankAccount {
  private _balance = 0; // `private`: only code inside the class may touch it

  constructor(readonly owner: string) {}

  deposit(amount: number): void {
    if (amount <= 0) {
      throw new RangeError("deposit must be positive");
    }
    this._balance += amount;
  }

  get balance(): number { // readable from outside, but there is no setter
    return this._balance;
  }
}

const account = new BankAccount("Ada");
account.deposit(50);
console.log(account.owner, "has", account.balance);
// account._balance = 1000;  // compile error: '_balance' is private
