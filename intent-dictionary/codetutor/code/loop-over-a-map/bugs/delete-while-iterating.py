# Remove every product that is out of stock
stock = {"apple": 12, "banana": 0, "cherry": 30, "date": 0}

for fruit, units in stock.items():
    if units == 0:
        del stock[fruit]

print(stock)
