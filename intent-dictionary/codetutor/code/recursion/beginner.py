def factorial(n):
    """n! = n * (n-1) * ... * 1, with 0! = 1."""
    if n <= 1:                    # base case: answer directly
        return 1
    return n * factorial(n - 1)   # recursive case: a smaller problem


def countdown(n):
    if n == 0:
        print("liftoff!")
        return
    print(n)
    countdown(n - 1)              # each call is one step closer to 0


print(factorial(5))  # 120
countdown(3)         # 3 2 1 liftoff!
