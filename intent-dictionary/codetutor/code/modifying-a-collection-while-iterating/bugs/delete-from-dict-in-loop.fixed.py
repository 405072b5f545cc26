# Drop the products that are out of stock.
stock = {"apple": 3, "pear": 0, "plum": 0, "fig": 7}

for name, qty in list(stock.items()):   # iterate over a snapshot
    if qty == 0:
        del stock[name]

print(stock)  # {'apple': 3, 'fig': 7}
