# Daily change in price: each day compared with the next day.
prices = [100, 103, 101, 108]

changes = []
for i in range(len(prices) - 1):      # 4 prices have 3 changes
    changes.append(prices[i + 1] - prices[i])

print(changes)  # [3, -2, 7]
