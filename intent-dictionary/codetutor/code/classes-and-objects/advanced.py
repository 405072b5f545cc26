from __future__ import annotations


class Vector:
    """A small immutable 2-D vector with value semantics."""

    __slots__ = ("_x", "_y")  # fixed attribute set: less memory, typos are rejected

    def __init__(self, x: float, y: float) -> None:
        self._x = float(x)
        self._y = float(y)

    @property
    def x(self) -> float:
        return self._x

    @property
    def y(self) -> float:
        return self._y

    def __add__(self, other: Vector) -> Vector:
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self._x + other._x, self._y + other._y)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vector):
            return NotImplemented
        return (self._x, self._y) == (other._x, other._y)

    def __hash__(self) -> int:  # equal objects must hash equally
        return hash((self._x, self._y))

    def __repr__(self) -> str:
        return f"Vector({self._x:g}, {self._y:g})"

    def length(self) -> float:
        return (self._x ** 2 + self._y ** 2) ** 0.5


a, b = Vector(3, 4), Vector(3, 4)
print(a, "has length", a.length())
print("equal:", a == b, "| same object:", a is b)
print("sum:", a + Vector(1, -1))
print("distinct values in a set:", len({a, b, Vector(0, 0)}))
try:
    a.z = 1
except AttributeError:
    print("rejected: Vector has no attribute z")
