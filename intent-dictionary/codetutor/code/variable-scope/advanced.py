from collections.abc import Callable


def make_counter(start: int = 0) -> Callable[[int], int]:
    count = start

    def increment(step: int = 1) -> int:
        nonlocal count  # rebind the enclosing function's variable
        count += step
        return count

    return increment


a, b = make_counter(), make_counter(100)
print(a(1), a(1), b(1), a(5))  # each closure has its own count

# Late binding: closures look up i when they are called, after the loop has ended.
late = [lambda: i for i in range(3)]
print([f() for f in late])
# A default argument captures the value at creation time instead.
bound = [lambda i=i: i for i in range(3)]
print([f() for f in bound])

# Name lookup order: Local, Enclosing, Global, Built-in (LEGB).
x = "global"


def outer() -> str:
    x = "enclosing"

    def inner() -> str:
        return x  # found in the enclosing function

    return inner()


print(outer(), x)

# A comprehension has its own scope: its loop variable does not leak out.
squares = [n * n for n in range(4)]
print(squares, "n" in globals())
