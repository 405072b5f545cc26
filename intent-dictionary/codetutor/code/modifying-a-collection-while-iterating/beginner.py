# Remove the failing scores from a list.
scores = [45, 80, 30, 30, 95]

# Safe: build a NEW list instead of deleting from the one you loop over.
passing = [s for s in scores if s >= 50]
print(passing)  # [80, 95]

# Safe too: loop over a copy (scores[:]) and remove from the original.
for s in scores[:]:
    if s < 50:
        scores.remove(s)
print(scores)   # [80, 95]
