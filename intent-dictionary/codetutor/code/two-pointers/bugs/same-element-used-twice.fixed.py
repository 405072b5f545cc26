def two_gifts(prices, budget):
    """Indexes of two different gifts whose prices add up to the budget."""
    left, right = 0, len(prices) - 1
    while left < right:
        total = prices[left] + prices[right]
        if total == budget:
            return left, right
        if total < budget:
            left += 1
        else:
            right -= 1
    return None


prices = [1, 3, 4, 6]   # sorted
pick = two_gifts(prices, 8)
print(pick)
assert pick is None or pick[0] != pick[1], "the same gift was picked twice"
