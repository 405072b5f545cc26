def average(values):
    return sum(values) / len(values)    # true division keeps the fraction


result = average([2, 3])
assert result == 2.5, f"expected 2.5, got {result}"
print(result)
