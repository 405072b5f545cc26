import operator
from abc import ABC, abstractmethod
from dataclasses import dataclass


class Expr(ABC):  # a node of an arithmetic expression tree
    @abstractmethod
    def evaluate(self, env: dict[str, float]) -> float: ...
    @abstractmethod
    def render(self) -> str: ...


@dataclass(frozen=True)
class Num(Expr):
    value: float

    def evaluate(self, env: dict[str, float]) -> float:
        return self.value

    def render(self) -> str:
        return f"{self.value:g}"


@dataclass(frozen=True)
class Var(Expr):
    name: str

    def evaluate(self, env: dict[str, float]) -> float:
        return env[self.name]  # KeyError names the unbound variable

    def render(self) -> str:
        return self.name


@dataclass(frozen=True)
class BinOp(Expr):  # children evaluate themselves: no isinstance checks
    symbol: str
    left: Expr
    right: Expr

    def evaluate(self, env: dict[str, float]) -> float:
        op = {"+": operator.add, "-": operator.sub, "*": operator.mul}[self.symbol]
        return op(self.left.evaluate(env), self.right.evaluate(env))

    def render(self) -> str:
        return f"({self.left.render()} {self.symbol} {self.right.render()})"


expr = BinOp("+", BinOp("*", Num(2), Var("x")), Num(1))
print(expr.render(), "=", expr.evaluate({"x": 5}))
