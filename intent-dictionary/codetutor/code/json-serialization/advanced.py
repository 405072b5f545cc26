import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from decimal import Decimal


@dataclass
class Order:
    id: int
    total: Decimal
    created: datetime
    tags: tuple[str, ...]


def encode(value):
    """Teach json.dumps the types it does not know."""
    if isinstance(value, datetime):
        return value.isoformat()  # ISO 8601 with offset: unambiguous across time zones
    if isinstance(value, Decimal):
        return str(value)  # a string keeps 19.99 exact; a float might not
    raise TypeError(f"cannot serialize {type(value).__name__}")


def decode_order(data: dict) -> Order:
    """JSON has no dates or decimals: rebuild them explicitly, and validate."""
    return Order(
        id=int(data["id"]),
        total=Decimal(data["total"]),
        created=datetime.fromisoformat(data["created"]),
        tags=tuple(data["tags"]),  # JSON arrays come back as lists
    )


order = Order(7, Decimal("19.99"), datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc), ("gift", "express"))
text = json.dumps(asdict(order), default=encode, sort_keys=True, ensure_ascii=False)
print(text)

back = decode_order(json.loads(text))
print(back == order)

try:
    decode_order(json.loads('{"id": 8, "total": "5.00"}'))
except KeyError as missing:
    print("invalid order, missing field:", missing)
