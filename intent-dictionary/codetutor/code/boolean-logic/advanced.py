from dataclasses import dataclass
from itertools import product


@dataclass
class User:
    name: str
    email: str | None
    roles: frozenset[str]
    banned: bool = False


def can_publish(user: User | None) -> bool:
    # Short-circuit: user.banned is only read once we know user is not None.
    return user is not None and not user.banned and bool(user.roles & {"editor", "admin"})


users = [
    User("ada", "ada@example.com", frozenset({"editor"})),
    User("bob", None, frozenset({"admin"}), banned=True),
    User("cy", "cy@example.com", frozenset()),
]
for u in [*users, None]:
    print(u.name if u else "anonymous", can_publish(u))

# any() and all() short-circuit too, stopping at the first decisive item.
print("all have email:", all(u.email for u in users))
print("any admin:", any("admin" in u.roles for u in users))

# De Morgan's laws hold for every combination of inputs.
for a, b in product([False, True], repeat=2):
    assert (not (a and b)) == (not a or not b)
    assert (not (a or b)) == (not a and not b)
print("De Morgan verified")

# `or` returns an operand: handy for defaults, wrong when 0 is a valid value.
retries = 0
print(retries or 3, retries if retries is not None else 3)
