from enum import Enum


class Status(Enum):
    PENDING = "pending"  # the values are what gets stored in a database or JSON
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def is_final(self) -> bool:
        return not TRANSITIONS[self]

    @classmethod
    def parse(cls, text: str) -> "Status":
        try:
            return cls(text.strip().lower())  # lookup by value
        except ValueError:
            allowed = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown status {text!r}; expected one of {allowed}") from None


TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.PENDING: frozenset({Status.PAID, Status.CANCELLED}),
    Status.PAID: frozenset({Status.SHIPPED, Status.CANCELLED}),
    Status.SHIPPED: frozenset({Status.DELIVERED}),
    Status.DELIVERED: frozenset(),
    Status.CANCELLED: frozenset(),
}
assert set(TRANSITIONS) == set(Status), "every status needs an entry"


def advance(current: Status, target: Status) -> Status:
    if target not in TRANSITIONS[current]:
        raise ValueError(f"cannot go from {current.name} to {target.name}")
    return target


status = Status.parse(" Pending ")
for step in ("paid", "shipped", "delivered"):
    status = advance(status, Status.parse(step))
    print(f"{status.name:<9} stored as {status.value!r:<11} final={status.is_final}")
for attempt in (lambda: advance(Status.DELIVERED, Status.PAID), lambda: Status.parse("lost")):
    try:
        attempt()
    except ValueError as err:
        print("rejected:", err)
