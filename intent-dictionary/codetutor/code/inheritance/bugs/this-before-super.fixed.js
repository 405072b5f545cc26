class Animal {
  constructor(name) {
    this.name = name;
  }
}

class Dog extends Animal {
  constructor(name, breed) {
    super(name); // let the parent initialise the object first
    this.breed = breed;
  }
}

const rex = new Dog("Rex", "collie");
console.log(rex.name, rex.breed);
