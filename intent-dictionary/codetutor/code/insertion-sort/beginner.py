def insertion_sort(items):
    """Sort the list in place, smallest first."""
    for i in range(1, len(items)):
        key = items[i]            # the next card to place
        j = i - 1
        while j >= 0 and items[j] > key:
            items[j + 1] = items[j]   # shift the bigger item right
            j -= 1
        items[j + 1] = key        # drop the key into the gap


cards = [5, 2, 9, 1, 7]
insertion_sort(cards)
print(cards)  # [1, 2, 5, 7, 9]
