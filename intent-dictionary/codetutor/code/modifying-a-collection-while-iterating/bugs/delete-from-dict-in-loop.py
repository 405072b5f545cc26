# Drop the products that are out of stock.
stock = {"apple": 3, "pear": 0, "plum": 0, "fig": 7}

for name, qty in stock.items():
    if qty == 0:
        del stock[name]          # BUG: changes the dict the loop is walking

print(stock)
