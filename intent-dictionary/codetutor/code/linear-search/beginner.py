def linear_search(items, target):
    """Return the index of the first item equal to target, or -1."""
    for index, item in enumerate(items):
        if item == target:
            return index          # stop at the first match
    return -1                     # checked everything: not there


fruits = ["pear", "apple", "fig", "apple"]   # no need to be sorted
print(linear_search(fruits, "apple"))  # 1
print(linear_search(fruits, "kiwi"))   # -1
