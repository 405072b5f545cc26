# An array (a Python list here) keeps values in order; indexes start at 0.
temperatures = [18, 21, 19, 24, 22]

print("first:", temperatures[0])
print("last:", temperatures[-1])  # a negative index counts from the end
print("count:", len(temperatures))

temperatures[2] = 20  # replace one element in place
for day, temp in enumerate(temperatures):
    print(f"day {day}: {temp} C")
