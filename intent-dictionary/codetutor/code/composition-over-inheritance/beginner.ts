class Engine {
  constructor(readonly kind: string, readonly horsepower: number) {}

  start(): string {
    return `${this.kind} engine (${this.horsepower} hp) starts`;
  }
}

class Car {
  // A Car HAS an Engine instead of BEING one: the part is passed in.
  constructor(readonly name: string, private engine: Engine) {}

  drive(): string {
    return `${this.name}: ${this.engine.start()}, off we go`; // delegate to the part
  }
}

console.log(new Car("Roadster", new Engine("petrol", 300)).drive());
console.log(new Car("City car", new Engine("electric", 110)).drive());
