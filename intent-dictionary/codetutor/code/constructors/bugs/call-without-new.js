class Cart {
  constructor(owner) {
    this.owner = owner;
    this.items = [];
  }
}

const cart = Cart("Ada"); // forgot `new`
console.log(cart.owner, cart.items.length);
