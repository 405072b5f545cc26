class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    # BUG: no __eq__, so == falls back to identity


visited = [Point(0, 0), Point(1, 2)]
assert Point(1, 2) in visited, "Point(1, 2) should count as visited"
print("already visited")
