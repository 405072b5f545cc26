def factorial(n):
    if n <= 1:          # base case: the answer is known, stop recursing
        return 1
    return n * factorial(n - 1)   # recursive case: a SMALLER problem


def countdown(n):
    if n < 0:           # "< 0" instead of "== 0": safe even for odd steps
        return
    print(n)
    countdown(n - 2)


print(factorial(5))  # 120
countdown(5)         # 5 3 1
