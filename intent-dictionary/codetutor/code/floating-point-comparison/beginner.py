import math

# 0.1 and 0.2 cannot be stored exactly in binary, so the sum is a hair off.
total = 0.1 + 0.2
print(total)             # 0.30000000000000004
print(total == 0.3)      # False

# Compare with a tolerance instead of ==.
print(math.isclose(total, 0.3))   # True
print(abs(total - 0.3) < 1e-9)    # True: the same idea by hand
