class Animal {
  constructor(name) {
    this.name = name;
  }

  describe() {
    return `${this.name} says ${this.sound()}`;
  }

  sound() {
    return "...";
  }
}

class Dog extends Animal { // Dog inherits name and describe() from Animal
  sound() { // and overrides just the part that differs
    return "Woof";
  }
}

console.log(new Animal("Generic").describe());
console.log(new Dog("Rex").describe());
console.log("Is a Dog an Animal?", new Dog("Rex") instanceof Animal);
