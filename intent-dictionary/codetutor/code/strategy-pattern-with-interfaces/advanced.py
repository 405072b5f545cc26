from dataclasses import dataclass
from typing import Callable, Protocol


@dataclass(frozen=True)
class Order:
    subtotal_cents: int
    weight_kg: float


class ShippingStrategy(Protocol):
    def quote(self, order: Order) -> int: ...  # cents: integers avoid float rounding


@dataclass(frozen=True)
class FlatRate:
    cents: int

    def quote(self, order: Order) -> int:
        return self.cents


@dataclass(frozen=True)
class ByWeight:
    cents_per_kg: int

    def quote(self, order: Order) -> int:
        return round(order.weight_kg * self.cents_per_kg)


@dataclass(frozen=True)
class FreeOver:  # wraps another strategy: strategies compose
    threshold_cents: int
    otherwise: ShippingStrategy

    def quote(self, order: Order) -> int:
        return 0 if order.subtotal_cents >= self.threshold_cents else self.otherwise.quote(order)


# Pick a strategy by name at runtime, e.g. from configuration.
REGISTRY: dict[str, Callable[[], ShippingStrategy]] = {
    "flat": lambda: FlatRate(499),
    "weight": lambda: ByWeight(120),
    "promo": lambda: FreeOver(5000, FlatRate(499)),
}

orders = [Order(2500, 1.5), Order(7200, 9.0)]
for name, make in REGISTRY.items():
    strategy = make()
    print(f"{name:<7}", [strategy.quote(o) for o in orders])

cheapest = min(REGISTRY, key=lambda n: REGISTRY[n]().quote(orders[1]))
print("cheapest for the heavy order:", cheapest)
