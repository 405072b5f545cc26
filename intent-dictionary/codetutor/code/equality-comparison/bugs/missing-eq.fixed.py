from dataclasses import dataclass


@dataclass(frozen=True)   # generates __eq__ (and __hash__) from the fields
class Point:
    x: int
    y: int


visited = [Point(0, 0), Point(1, 2)]
assert Point(1, 2) in visited, "Point(1, 2) should count as visited"
print("already visited")
