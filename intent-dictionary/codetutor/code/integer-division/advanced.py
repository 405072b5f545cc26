"""Integer division rounds; know which way, and when you want it."""
from fractions import Fraction

# Floor division rounds toward minus infinity, so -7 // 2 is -4, not -3.
print(-7 // 2, -7 % 2)             # -4 1  (a == (a // b) * b + a % b)
print(int(-7 / 2))                 # -3: truncation toward zero, via float
print(divmod(125, 60))             # (2, 5): minutes and seconds at once


def pages_needed(items: int, per_page: int) -> int:
    """Ceiling division in pure integers: no float rounding surprises."""
    if per_page <= 0:
        raise ValueError("per_page must be positive")
    return -(-items // per_page)   # ceil(items / per_page), exactly


print(pages_needed(0, 10), pages_needed(10, 10), pages_needed(11, 10))  # 0 1 2

# For huge integers, / goes through float and loses precision; // does not.
big = 10**20 + 1
print(big // 1 == big, int(big / 1) == big)   # True False


def split_bill(total_cents: int, people: int) -> list[int]:
    """Share cents fairly: the remainder is spread one cent at a time."""
    share, extra = divmod(total_cents, people)
    return [share + 1 if i < extra else share for i in range(people)]


print(split_bill(1000, 3))                     # [334, 333, 333]
print(Fraction(7, 2) + Fraction(1, 3))         # 23/6: exact, no rounding
