# Remove every product that is out of stock
stock = {"apple": 12, "banana": 0, "cherry": 30, "date": 0}

# Loop over a copy of the entries so the dict itself can change safely
for fruit, units in list(stock.items()):
    if units == 0:
        del stock[fruit]

print(stock)
