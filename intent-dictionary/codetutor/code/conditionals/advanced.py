from dataclasses import dataclass


@dataclass
class Order:
    country: str
    weight_kg: int
    express: bool = False


def shipping_cost(order: Order) -> int:
    """Shipping cost in cents. Guard clauses reject bad input before the main logic."""
    if order.weight_kg <= 0:
        raise ValueError(f"weight must be positive, got {order.weight_kg}")
    if order.weight_kg > 30:
        raise ValueError("parcels over 30 kg ship as freight")

    match order.country:
        case "DE" | "FR" | "NL":
            cost = 499
        case "US" | "CA":
            cost = 1999
        case _:
            cost = 2999

    if order.weight_kg > 5:
        cost += 150 * (order.weight_kg - 5)  # surcharge per extra kilogram
    return cost * 2 if order.express else cost


orders = [
    Order("DE", 2),
    Order("US", 8, express=True),
    Order("JP", 1),
    Order("FR", 0),
    Order("NL", 40),
]
for order in orders:
    try:
        print(f"{order.country} {order.weight_kg:>2} kg: {shipping_cost(order)} cents")
    except ValueError as err:
        print(f"{order.country} {order.weight_kg:>2} kg: rejected ({err})")
