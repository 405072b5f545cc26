from typing import Protocol


class Discount(Protocol):  # the interface: anything with apply(price) fits
    def apply(self, price: float) -> float: ...


class NoDiscount:
    def apply(self, price: float) -> float:
        return price


class PercentOff:
    def __init__(self, percent: float):
        self.percent = percent

    def apply(self, price: float) -> float:
        return price * (1 - self.percent / 100)


def checkout(price: float, discount: Discount) -> float:
    return discount.apply(price)  # works with any strategy, old or new


print(checkout(80.0, NoDiscount()))    # 80.0
print(checkout(80.0, PercentOff(25)))  # 60.0
