"""Scopes in Python: local, enclosing, global, built-in (LEGB)."""


def make_counter():
    count = 0

    def increment():
        nonlocal count   # rebind the ENCLOSING variable, do not create a local
        count += 1
        return count

    return increment


counter = make_counter()
counter()
print(counter())  # 2


def total_price(items):
    # Shadowing a built-in ("sum = 0") would break sum() for the rest of
    # this function; a distinct name keeps both usable.
    running_total = 0
    for price in items:
        running_total += price
    assert running_total == sum(items)
    return running_total


print(total_price([3, 4, 5]))  # 12

# Comprehension variables have their own scope in Python 3...
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)  # outer [0, 1, 4, 9]

# ...but a plain for loop's variable leaks into the enclosing scope.
for item in ["a", "b"]:
    pass
print(item)  # b

# Loop variables captured by closures are looked up LATE; bind them now
# with a default argument (or functools.partial).
late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])  # [2, 2, 2] [0, 1, 2]
