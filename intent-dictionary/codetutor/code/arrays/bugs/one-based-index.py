scores = [70, 85, 92, 64]

# Number the scores 1 to 4, the way people count.
for i in range(1, len(scores) + 1):
    print(f"score {i}: {scores[i]}")
