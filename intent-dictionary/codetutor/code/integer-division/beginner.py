# Python has two division operators.
print(7 / 2)    # 3.5  true division: always a float
print(7 // 2)   # 3    floor division: drops the fraction
print(7 % 2)    # 1    remainder

# Use // when you need a whole number, e.g. a list index.
names = ["Ada", "Alan", "Grace", "Linus", "Ken"]
middle = len(names) // 2
print(names[middle])  # Grace

# Use / for averages so the fraction is kept.
scores = [3, 4, 4, 5]
print(sum(scores) / len(scores))  # 4.0
