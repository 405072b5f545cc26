basket = ["apple", "pear", "apple", "fig"]

# Count how many of each fruit are in the basket.
counts = {}
for fruit in basket:
    counts[fruit] = counts.get(fruit, 0) + 1

print(counts)
