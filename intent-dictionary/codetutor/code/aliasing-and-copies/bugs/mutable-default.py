def new_order(item, items=[]):    # BUG: one list shared by every call
    items.append(item)
    return items


first = new_order("pen")
second = new_order("book")
assert second == ["book"], f"second order contains {second}"
print(first, second)
