// The interface says what every discount strategy must provide.
interface Discount {
  apply(price: number): number;
}

class NoDiscount implements Discount {
  apply(price: number): number {
    return price;
  }
}

class PercentOff implements Discount {
  constructor(private readonly percent: number) {}

  apply(price: number): number {
    return price * (1 - this.percent / 100);
  }
}

function checkout(price: number, discount: Discount): number {
  return discount.apply(price); // works with any strategy, old or new
}

console.log(checkout(80, new NoDiscount())); // 80
console.log(checkout(80, new PercentOff(25))); // 60
