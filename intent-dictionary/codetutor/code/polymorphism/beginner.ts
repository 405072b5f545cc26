abstract class Shape {
  abstract area(): number;
}

class Circle extends Shape {
  constructor(private radius: number) { super(); }
  area(): number { return Math.PI * this.radius ** 2; }
}

class Square extends Shape {
  constructor(private side: number) { super(); }
  area(): number { return this.side ** 2; }
}

// One loop, one call: each object runs its own version of area().
const shapes: Shape[] = [new Circle(1), new Square(3)];
for (const shape of shapes) {
  console.log(shape.constructor.name, shape.area().toFixed(2));
}
