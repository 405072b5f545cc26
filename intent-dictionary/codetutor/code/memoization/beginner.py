cache = {}  # remembers answers: n -> fib(n)


def fib(n):
    if n in cache:                # already solved? reuse the answer
        return cache[n]
    if n < 2:
        result = n                # base cases: fib(0) = 0, fib(1) = 1
    else:
        result = fib(n - 1) + fib(n - 2)
    cache[n] = result             # write it down for next time
    return result


print(fib(10))   # 55
print(fib(80))   # 23416728348467685, instantly
