class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")


class Rectangle(Shape):
    def __init__(self, width, height):
        self.width, self.height = width, height

    def area(self):
        return self.width * self.height


class Triangle(Shape):
    def __init__(self, base, height):
        self.base, self.height = base, height

    def aera(self):
        return self.base * self.height / 2


total = sum(shape.area() for shape in [Rectangle(2, 3), Triangle(4, 5)])
print("total area:", total)
