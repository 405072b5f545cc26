def binary_search(items, target):
    """Return the index of target in the sorted list items, or -1."""
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2      # look at the middle of what is left
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1          # target can only be in the right half
        else:
            hi = mid - 1          # target can only be in the left half
    return -1                     # the range is empty: not found


scores = [3, 8, 15, 23, 42, 57, 91]   # must already be sorted
print(binary_search(scores, 42))      # 4
print(binary_search(scores, 5))       # -1
