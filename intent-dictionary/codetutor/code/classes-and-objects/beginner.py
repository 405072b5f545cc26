# A class is a blueprint; each object built from it keeps its own data.
class Dog:
    def __init__(self, name, age):
        self.name = name  # an attribute stored on this particular object
        self.age = age

    def describe(self):
        return f"{self.name} is {self.age} years old"


rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
fido.age += 1  # only fido changes; rex is a separate object
print(rex.describe())
print(fido.describe())
