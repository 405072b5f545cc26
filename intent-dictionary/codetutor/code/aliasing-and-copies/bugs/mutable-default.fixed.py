def new_order(item, items=None):  # None as a sentinel...
    if items is None:
        items = []                # ...and a fresh list on every call
    items.append(item)
    return items


first = new_order("pen")
second = new_order("book")
assert second == ["book"], f"second order contains {second}"
print(first, second)  # ['pen'] ['book']
