class Cart {
  constructor(owner) {
    this.owner = owner;
    this.items = [];
  }
}

const cart = new Cart("Ada"); // `new` creates the object and runs the constructor
console.log(cart.owner, cart.items.length);
