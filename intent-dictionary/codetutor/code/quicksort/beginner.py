def quicksort(items):
    """Return a new sorted list."""
    if len(items) <= 1:            # base case: nothing to sort
        return items
    pivot = items[len(items) // 2]
    smaller = [x for x in items if x < pivot]
    equal = [x for x in items if x == pivot]    # the pivot and its duplicates
    larger = [x for x in items if x > pivot]
    return quicksort(smaller) + equal + quicksort(larger)


print(quicksort([3, 8, 5, 1, 9, 2, 7, 5]))  # [1, 2, 3, 5, 5, 7, 8, 9]
