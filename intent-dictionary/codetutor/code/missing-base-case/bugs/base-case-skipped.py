def count_pairs(n):
    """Count how many pairs fit in n socks, two at a time."""
    if n == 0:                    # BUG: an odd n jumps from 1 to -1
        return 0
    return 1 + count_pairs(n - 2)


print(count_pairs(6))
print(count_pairs(7))
