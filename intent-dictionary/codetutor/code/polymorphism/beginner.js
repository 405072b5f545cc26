class Shape {
  area() {
    throw new Error(`${this.constructor.name} must implement area()`);
  }
}

class Circle extends Shape {
  constructor(radius) { super(); this.radius = radius; }
  area() { return Math.PI * this.radius ** 2; }
}

class Square extends Shape {
  constructor(side) { super(); this.side = side; }
  area() { return this.side ** 2; }
}

// One loop, one call: each object runs its own version of area().
for (const shape of [new Circle(1), new Square(3)]) {
  console.log(shape.constructor.name, shape.area().toFixed(2));
}
