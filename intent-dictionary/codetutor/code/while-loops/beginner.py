# Count down while the number is still above zero.
count = 5
while count > 0:
    print(count)
    count -= 1  # without this line the loop would never end
print("Lift off!")

# Keep doubling until we pass 100: we don't know the number of steps in advance.
value = 1
steps = 0
while value < 100:
    value *= 2
    steps += 1
print(f"{steps} doublings reach {value}")
