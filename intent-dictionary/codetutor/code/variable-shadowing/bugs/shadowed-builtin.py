# Collect the unique tags from some posts.
posts = [["python", "tips"], ["python", "debugging"]]

list = []                     # BUG: this name hides the built-in list()
for tags in posts:
    list.extend(tags)

unique = sorted(set(list))
print(unique)
copy = list(unique)           # list is now a list object, not the type
print(copy)
