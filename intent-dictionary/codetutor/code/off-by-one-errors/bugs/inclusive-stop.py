# Sum the numbers 1 to 10 inclusive.
total = 0
for n in range(1, 10):                # BUG: range stops before 10
    total += n

assert total == 55, f"expected 55, got {total}"
print(total)
