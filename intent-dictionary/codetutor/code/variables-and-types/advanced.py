from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Item:
    name: str
    quantity: int
    unit_price: Decimal  # exact decimal arithmetic for money


def parse_item(raw: dict[str, str]) -> Item:
    """Turn untyped text fields into a typed record, failing loudly on bad data."""
    quantity = int(raw["quantity"])
    if quantity < 0:
        raise ValueError(f"quantity must be >= 0, got {quantity}")
    return Item(raw["name"].strip(), quantity, Decimal(raw["price"]))


rows = [
    {"name": " pen ", "quantity": "3", "price": "0.10"},
    {"name": "pad", "quantity": "two", "price": "2.50"},
    {"name": "ink", "quantity": "2", "price": "0.20"},
]

total = Decimal("0")
for row in rows:
    try:
        item = parse_item(row)
    except ValueError as err:
        print(f"skipping {row['name']!r}: {err}")
        continue
    total += item.quantity * item.unit_price
    print(f"{item.name}: {item.quantity} x {item.unit_price}")

print("decimal total:", total)               # exactly 0.70
print("float total:", 3 * 0.10 + 2 * 0.20)   # binary floats round
