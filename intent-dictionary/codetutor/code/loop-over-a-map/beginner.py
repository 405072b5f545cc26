# Stock levels in a small shop: fruit name -> units in stock
stock = {"apple": 12, "banana": 0, "cherry": 30}

# .items() gives each key together with its value
for fruit, units in stock.items():
    print(f"{fruit}: {units} units")

total = 0
for units in stock.values():  # only the values
    total += units
print("total units:", total)
