// JavaScript has no `abstract` keyword, so the base class enforces it by hand.
class Employee {
  constructor(name) {
    if (new.target === Employee) {
      throw new TypeError("Employee is abstract: create a subclass instead");
    }
    this.name = name;
  }

  monthlyPay() { // "abstract": every subclass must override it
    throw new Error(`${this.constructor.name} must implement monthlyPay()`);
  }

  payslip() { // a normal method that relies on the abstract one
    return `${this.name}: ${this.monthlyPay().toFixed(2)}`;
  }
}

class Salaried extends Employee {
  constructor(name, yearly) { super(name); this.yearly = yearly; }
  monthlyPay() { return this.yearly / 12; }
}

console.log(new Salaried("Ada", 60000).payslip());
