# == asks "same value?"; is asks "the very same object?"
a = [1, 2, 3]
b = [1, 2, 3]
c = a

print(a == b)   # True: equal contents
print(a is b)   # False: two different lists
print(a is c)   # True: two names for one list

# Values of different types are not equal, even if they look alike.
print("42" == 42)        # False: a string vs an int
print(int("42") == 42)   # True: convert first, then compare

# "is" is right for singletons such as None.
result = None
print(result is None)    # True
