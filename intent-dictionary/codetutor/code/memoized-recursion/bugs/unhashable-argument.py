from functools import lru_cache


@lru_cache(maxsize=None)
def fewest_coins(coins, amount):
    if amount == 0:
        return 0
    options = [fewest_coins(coins, amount - c) for c in coins if c <= amount]
    return 1 + min(options, default=float("inf"))


print(fewest_coins([1, 5, 12], 16))
