class Animal {
  constructor(readonly name: string) {}

  describe(): string {
    return `${this.name} says ${this.sound()}`;
  }

  protected sound(): string { // protected: visible to subclasses, not to outsiders
    return "...";
  }
}

class Dog extends Animal { // Dog inherits name and describe() from Animal
  protected override sound(): string { // `override` makes a typo a compile error
    return "Woof";
  }
}

console.log(new Animal("Generic").describe());
console.log(new Dog("Rex").describe());
const pet: Animal = new Dog("Rex"); // a Dog can be used wherever an Animal is expected
console.log(pet.describe());
