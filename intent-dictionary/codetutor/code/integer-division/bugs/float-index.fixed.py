# Print the middle name of the list.
names = ["Ada", "Alan", "Grace", "Linus", "Ken"]

middle = len(names) // 2     # floor division gives the int 2
print(names[middle])  # Grace
