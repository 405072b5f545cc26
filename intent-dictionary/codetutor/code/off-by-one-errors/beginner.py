# Print each score with its position. Indexes run from 0 to len(scores) - 1.
scores = [90, 75, 82, 68]

for i in range(len(scores)):          # range() stops BEFORE len(scores)
    print(f"#{i + 1}: {scores[i]}")   # people count from 1, lists from 0

# Better: let Python hand you the position, so there is no index to get wrong.
for position, score in enumerate(scores, start=1):
    print(f"#{position}: {score}")

# An inclusive range 1..10 needs stop = 11, because stop is excluded.
print(sum(range(1, 11)))  # 55
