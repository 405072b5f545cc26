tags = ["red", "blue", "red", "green", "blue", "red"]

seen = set()  # fast "have I met this one before?" checks
unique = []   # the result, in first-seen order
for tag in tags:
    if tag not in seen:
        seen.add(tag)
        unique.append(tag)

print(unique)  # ['red', 'blue', 'green']
