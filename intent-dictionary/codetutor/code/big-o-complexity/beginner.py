# Count the steps each function takes to see how the work grows with n.

def first_item(items):        # O(1): same work for any size
    return 1


def visit_each(items):        # O(n): one step per item
    steps = 0
    for _ in items:
        steps += 1
    return steps


def visit_each_pair(items):   # O(n^2): every item with every item
    steps = 0
    for _ in items:
        for _ in items:
            steps += 1
    return steps


for n in (10, 100, 1000):
    items = list(range(n))
    print(f"n={n:>4}  O(1)={first_item(items)}  O(n)={visit_each(items):>4}  "
          f"O(n^2)={visit_each_pair(items):>7}")
