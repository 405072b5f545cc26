def count_pairs(n):
    """Count how many pairs fit in n socks, two at a time."""
    if n < 2:                     # catches 0 AND 1: no pair left
        return 0
    return 1 + count_pairs(n - 2)


print(count_pairs(6))  # 3
print(count_pairs(7))  # 3
