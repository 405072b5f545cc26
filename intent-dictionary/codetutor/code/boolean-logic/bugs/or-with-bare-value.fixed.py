def is_primary(color: str) -> bool:
    return color in ("red", "blue", "yellow")


assert is_primary("red"), "expected True for red"
assert not is_primary("green"), "expected False for green"
print("colors classified correctly")
