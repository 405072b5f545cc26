import math

# Check that the items in a basket add up to the expected total.
prices = [0.10, 0.20]
expected = 0.30

total = sum(prices)
assert math.isclose(total, expected), f"total is {total}, expected {expected}"
print("totals match")
