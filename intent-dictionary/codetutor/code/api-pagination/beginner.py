import math

products = [f"product-{n}" for n in range(1, 24)]  # 23 items


def get_page(items, page, page_size):
    """Return one page; pages are numbered from 1."""
    start = (page - 1) * page_size  # skip the items of the earlier pages
    return items[start:start + page_size]


page_size = 10
total_pages = math.ceil(len(products) / page_size)  # 23 items -> 3 pages
for page in range(1, total_pages + 1):
    items = get_page(products, page, page_size)
    print(f"page {page}/{total_pages}: {items[0]} .. {items[-1]} ({len(items)} items)")
