import math


class Circle:
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


# One loop, one call: each object runs its own version of area().
# No common base class is needed: any object with an area() method fits.
for shape in [Circle(1), Square(3)]:
    print(type(shape).__name__, round(shape.area(), 2))
