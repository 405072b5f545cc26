# Daily change in price: each day compared with the next day.
prices = [100, 103, 101, 108]

changes = []
for i in range(len(prices)):          # BUG: the last day has no "next day"
    changes.append(prices[i + 1] - prices[i])

print(changes)
