def factorial(n):
    return n * factorial(n - 1)   # BUG: nothing ever stops the recursion


print(factorial(5))
