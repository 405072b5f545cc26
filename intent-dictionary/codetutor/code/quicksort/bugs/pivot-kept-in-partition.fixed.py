def quicksort(items):
    if len(items) <= 1:
        return items
    pivot = items[0]
    smaller = [x for x in items[1:] if x <= pivot]
    larger = [x for x in items[1:] if x > pivot]
    return quicksort(smaller) + [pivot] + quicksort(larger)


print(quicksort([4, 7, 1, 9, 3]))
