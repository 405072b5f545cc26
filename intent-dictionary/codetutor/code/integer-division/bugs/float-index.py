# Print the middle name of the list.
names = ["Ada", "Alan", "Grace", "Linus", "Ken"]

middle = len(names) / 2      # BUG: "/" always produces a float (2.5)
print(names[middle])
