fruits = ["apple", "banana", "cherry"]

# The loop variable takes each item in turn.
for fruit in fruits:
    print("I like", fruit)

# range(1, 6) counts 1, 2, 3, 4, 5: the end is excluded.
total = 0
for n in range(1, 6):
    total += n
print("Sum of 1 to 5:", total)

# enumerate gives the position as well as the item.
for position, fruit in enumerate(fruits, start=1):
    print(position, fruit)
