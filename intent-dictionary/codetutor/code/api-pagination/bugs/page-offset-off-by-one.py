products = [f"product-{n}" for n in range(1, 24)]  # 23 items


def get_page(items, page, page_size):
    """Return one page; pages are numbered from 1, as in ?page=1."""
    start = page * page_size
    return items[start:start + page_size]


first = get_page(products, 1, 10)
print(first)
assert first[0] == "product-1", "page 1 must start with the first product"
