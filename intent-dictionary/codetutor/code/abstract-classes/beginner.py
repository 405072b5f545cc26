from abc import ABC, abstractmethod


class Employee(ABC):  # abstract: describes what every employee has, never used alone
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def monthly_pay(self): ...  # no body here: each subclass must provide one

    def payslip(self):  # a normal method that relies on the abstract one
        return f"{self.name}: {self.monthly_pay():.2f}"


class Salaried(Employee):
    def __init__(self, name, yearly):
        super().__init__(name)
        self.yearly = yearly

    def monthly_pay(self):
        return self.yearly / 12


print(Salaried("Ada", 60000).payslip())
# Employee("Bob") would raise TypeError: abstract classes cannot be instantiated
