def greet(name):
    """Return a greeting for name."""
    return f"Hello, {name}!"


def area(width, height):
    return width * height


# Define once, call as often as you like.
print(greet("Ada"))
print(greet("Grace"))

room = area(3, 4)  # the returned value can be stored and reused
print("Room area:", room)
print("Both rooms:", room + area(5, 5))
