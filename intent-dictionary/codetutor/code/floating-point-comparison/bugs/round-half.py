# Round a price to two decimal places, half up.
price = 2.675
rounded = round(price, 2)   # BUG: 2.675 is really 2.67499999... in binary
assert rounded == 2.68, f"expected 2.68, got {rounded}"
print(rounded)
