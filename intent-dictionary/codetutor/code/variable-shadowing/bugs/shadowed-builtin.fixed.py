# Collect the unique tags from some posts.
posts = [["python", "tips"], ["python", "debugging"]]

all_tags = []                 # a descriptive name leaves list() alone
for tags in posts:
    all_tags.extend(tags)

unique = sorted(set(all_tags))
print(unique)
copy = list(unique)
print(copy)  # ['debugging', 'python', 'tips']
