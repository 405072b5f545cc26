class Account {
  // `public`/`readonly` on a parameter declares the field and assigns it in one step
  constructor(public readonly owner: string, public balance: number = 0) {}
}

const ada = new Account("Ada", 100);
const linus = new Account("Linus"); // balance defaults to 0
console.log(ada.owner, ada.balance);
console.log(linus.owner, linus.balance);
