from functools import lru_cache


@lru_cache(maxsize=None)
def min_coins(amount, coins):
    """Fewest coins that add up to amount."""
    if amount == 0:
        return 0
    best = float("inf")
    for coin in coins:
        if coin <= amount:
            best = min(best, 1 + min_coins(amount - coin, coins))
    return best


print(min_coins(63, [1, 5, 10, 21, 25]))
