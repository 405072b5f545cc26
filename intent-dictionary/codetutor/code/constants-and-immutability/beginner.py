# By convention, ALL_CAPS names are constants: set once, never reassigned.
DAYS_PER_WEEK = 7
TAX_RATE = 0.2

weeks = 3
print("Days:", weeks * DAYS_PER_WEEK)
print("Price with tax:", round(50 * (1 + TAX_RATE), 2))

# A tuple is immutable: its items cannot be replaced.
WEEKEND = ("Saturday", "Sunday")
print(WEEKEND[0])
# WEEKEND[0] = "Friday"  # TypeError: 'tuple' object does not support item assignment

# Strings are immutable too: upper() returns a new string.
name = "ada"
print(name.upper(), name)
