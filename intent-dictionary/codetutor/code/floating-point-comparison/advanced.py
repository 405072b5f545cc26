"""Comparing floats: tolerance, scale, NaN, and exact alternatives."""
import math
from decimal import Decimal

# Relative tolerance scales with the numbers; it is useless near zero,
# where only an absolute tolerance can work.
print(math.isclose(1e9 + 0.1, 1e9))                 # True (rel_tol=1e-09)
print(math.isclose(1e-12, 0.0))                     # False: rel_tol alone
print(math.isclose(1e-12, 0.0, abs_tol=1e-9))       # True

# Errors accumulate: ten additions of 0.1 miss 1.0.
acc = sum(0.1 for _ in range(10))
print(acc, acc == 1.0, math.fsum([0.1] * 10) == 1.0)  # 0.9999999999999999 False True

# NaN is not equal to anything, itself included.
nan = float("nan")
print(nan == nan, math.isnan(nan))                  # False True

# Loops: count with integers and derive the float, never test x != 1.0.
steps = [i / 10 for i in range(11)]
print(steps[-1] == 1.0)                             # True: 10 / 10 is exact

# Money: use integer cents or Decimal, which store base-10 digits exactly.
print(Decimal("0.10") + Decimal("0.20") == Decimal("0.30"))  # True
print((10 + 20) == 30)                              # cents as ints


def almost_equal(a: float, b: float, rel: float = 1e-9, absolute: float = 1e-12) -> bool:
    """Like math.isclose: whichever tolerance is larger wins."""
    if math.isnan(a) or math.isnan(b):
        return False
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), absolute)


print(almost_equal(0.1 + 0.2, 0.3), almost_equal(1.0, 1.001))  # True False
