class Account {
  // constructor runs automatically when you write `new Account(...)`
  constructor(owner, balance = 0) {
    this.owner = owner;
    this.balance = balance; // the default 0 is used when the caller leaves it out
  }
}

const ada = new Account("Ada", 100);
const linus = new Account("Linus");
console.log(ada.owner, ada.balance);
console.log(linus.owner, linus.balance);
