abstract class Employee { // abstract: `new Employee(...)` is a compile error
  constructor(readonly name: string) {}

  abstract monthlyPay(): number; // no body: every subclass must provide one

  payslip(): string { // a normal method that relies on the abstract one
    return `${this.name}: ${this.monthlyPay().toFixed(2)}`;
  }
}

class Salaried extends Employee {
  constructor(name: string, private yearly: number) {
    super(name);
  }

  monthlyPay(): number {
    return this.yearly / 12;
  }
}

const staff: Employee[] = [new Salaried("Ada", 60000)];
staff.forEach((e) => console.log(e.payslip()));
