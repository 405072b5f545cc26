memo = {}  # n -> fib(n), filled in as we go


def fib(n):
    if n < 2:  # base cases: fib(0) = 0, fib(1) = 1
        return n
    if n in memo:  # already solved: reuse the answer
        return memo[n]
    memo[n] = fib(n - 1) + fib(n - 2)  # solve once, remember it
    return memo[n]


print(fib(10))
print(fib(50))  # instant; without the memo this would take minutes
