from decimal import ROUND_HALF_UP, Decimal

# Round a price to two decimal places, half up.
price = Decimal("2.675")    # exact decimal value, built from a string
rounded = price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
assert rounded == Decimal("2.68"), f"expected 2.68, got {rounded}"
print(rounded)
