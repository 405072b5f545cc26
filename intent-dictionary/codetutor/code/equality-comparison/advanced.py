"""Defining equality on your own types, and comparing text correctly."""
from dataclasses import dataclass


class PlainPoint:
    def __init__(self, x, y):
        self.x, self.y = x, y


@dataclass(frozen=True)      # generates __eq__ AND __hash__ from the fields
class Point:
    x: int
    y: int


print(PlainPoint(1, 2) == PlainPoint(1, 2))   # False: default is identity
print(Point(1, 2) == Point(1, 2))             # True: field by field
print(len({Point(1, 2), Point(1, 2)}))        # 1: equal objects hash alike


class Email:
    """Equal when the addresses match ignoring case."""

    def __init__(self, address: str):
        self.address = address

    def __eq__(self, other):
        if not isinstance(other, Email):
            return NotImplemented            # let Python try the other side
        return self.address.casefold() == other.address.casefold()

    def __hash__(self):                      # equal objects MUST hash alike
        return hash(self.address.casefold())


print(Email("Ada@Example.com") == Email("ada@example.com"))  # True
print(Email("a@b.c") == "a@b.c")                            # False
print(len({Email("X@y.z"), Email("x@Y.z")}))                 # 1

# Chained comparisons and mixed numeric types.
print(1 == 1.0 == True)        # True: bool is a subclass of int
print(0.1 + 0.2 == 0.3)        # False: see floating-point comparison
print("straße".casefold() == "STRASSE".casefold())  # True: casefold > lower
