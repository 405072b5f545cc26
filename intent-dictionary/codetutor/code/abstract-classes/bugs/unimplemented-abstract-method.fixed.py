from abc import ABC, abstractmethod


class Employee(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def monthly_pay(self): ...

    def payslip(self):
        return f"{self.name}: {self.monthly_pay():.2f}"


class Hourly(Employee):
    def __init__(self, name, rate, hours):
        super().__init__(name)
        self.rate, self.hours = rate, hours

    def monthly_pay(self):  # the exact name the abstract base class requires
        return self.rate * self.hours


print(Hourly("Linus", 40, 160).payslip())
