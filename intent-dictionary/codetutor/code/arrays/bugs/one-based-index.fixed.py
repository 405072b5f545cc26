scores = [70, 85, 92, 64]

# Number the scores 1 to 4, but index the list from 0.
for number, score in enumerate(scores, start=1):
    print(f"score {number}: {score}")
