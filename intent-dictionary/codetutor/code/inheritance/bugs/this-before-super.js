class Animal {
  constructor(name) {
    this.name = name;
  }
}

class Dog extends Animal {
  constructor(name, breed) {
    this.breed = breed; // touches `this` before the parent has built the object
    super(name);
  }
}

const rex = new Dog("Rex", "collie");
console.log(rex.name, rex.breed);
