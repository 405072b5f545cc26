from dataclasses import FrozenInstanceError, dataclass, replace
from types import MappingProxyType
from typing import Final

MAX_ITEMS: Final = 3  # type checkers such as mypy reject any reassignment


@dataclass(frozen=True)
class Cart:
    items: tuple[str, ...] = ()

    def add(self, item: str) -> "Cart":
        """Return a new cart; self is never modified."""
        if len(self.items) >= MAX_ITEMS:
            raise ValueError(f"a cart holds at most {MAX_ITEMS} items")
        return replace(self, items=self.items + (item,))


empty = Cart()
one = empty.add("pen")
two = one.add("ink")
print(empty.items, one.items, two.items)  # older versions are untouched

try:
    two.items = ()  # type: ignore[misc]
except FrozenInstanceError as err:
    print("frozen:", err)

# A read-only view of a dict: safe to hand out, still reflects the owner's updates.
_settings = {"theme": "dark"}
SETTINGS = MappingProxyType(_settings)
try:
    SETTINGS["theme"] = "light"  # type: ignore[index]
except TypeError as err:
    print("read-only:", err)

# Immutability is shallow: a tuple can hold a mutable list.
pair = ("tags", ["a"])
pair[1].append("b")
print(pair)

# Immutable values are hashable, so they can be dict keys and set members.
print(len({frozenset({"a", "b"}), frozenset({"b", "a"})}))
