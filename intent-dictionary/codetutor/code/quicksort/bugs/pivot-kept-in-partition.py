def quicksort(items):
    if len(items) <= 1:
        return items
    pivot = items[0]
    smaller = [x for x in items if x <= pivot]
    larger = [x for x in items if x > pivot]
    return quicksort(smaller) + quicksort(larger)


print(quicksort([4, 7, 1, 9, 3]))
