class Animal:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} says {self.sound()}"

    def sound(self):
        return "..."


class Dog(Animal):  # Dog inherits name and describe() from Animal
    def sound(self):  # and overrides just the part that differs
        return "Woof"


print(Animal("Generic").describe())
print(Dog("Rex").describe())
print("Is a Dog an Animal?", isinstance(Dog("Rex"), Animal))
