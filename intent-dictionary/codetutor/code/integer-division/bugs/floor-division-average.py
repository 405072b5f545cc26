def average(values):
    return sum(values) // len(values)   # BUG: // throws the fraction away


result = average([2, 3])
assert result == 2.5, f"expected 2.5, got {result}"
print(result)
