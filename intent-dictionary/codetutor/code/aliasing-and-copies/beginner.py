# Assignment copies the REFERENCE, not the list: both names see one list.
original = [1, 2, 3]
alias = original
alias.append(4)
print(original)          # [1, 2, 3, 4]: changed through the alias
print(alias is original) # True: the same object

# .copy() (or list(original), or original[:]) makes a separate list.
copy = original.copy()
copy.append(5)
print(original)          # [1, 2, 3, 4]: unchanged
print(copy)              # [1, 2, 3, 4, 5]
