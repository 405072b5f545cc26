// JavaScript has no interface keyword: any object with an apply(price)
// method can be used as a discount strategy ("duck typing").
class NoDiscount {
  apply(price) {
    return price;
  }
}

class PercentOff {
  constructor(percent) {
    this.percent = percent;
  }

  apply(price) {
    return price * (1 - this.percent / 100);
  }
}

function checkout(price, discount) {
  return discount.apply(price); // works with any strategy, old or new
}

console.log(checkout(80, new NoDiscount())); // 80
console.log(checkout(80, new PercentOff(25))); // 60
