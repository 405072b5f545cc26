// A class is a blueprint; `new` builds an object from it.
class Dog {
  constructor(name, age) {
    this.name = name; // each object gets its own name and age
    this.age = age;
  }

  describe() {
    return `${this.name} is ${this.age} years old`;
  }
}

const rex = new Dog("Rex", 3);
const fido = new Dog("Fido", 5);
fido.age += 1; // only fido changes; rex is a separate object
console.log(rex.describe());
console.log(fido.describe());
