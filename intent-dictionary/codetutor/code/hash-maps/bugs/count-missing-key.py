basket = ["apple", "pear", "apple", "fig"]

# Count how many of each fruit are in the basket.
counts = {}
for fruit in basket:
    counts[fruit] += 1

print(counts)
