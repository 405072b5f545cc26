class InsufficientFunds(Exception):
    pass


class Account:
    """The balance is derived from a private ledger, so the two never disagree."""

    def __init__(self, owner: str, overdraft: int = 0) -> None:
        self.owner = owner
        self._entries: list[tuple[str, int]] = []
        self.overdraft = overdraft  # goes through the validating setter

    @property
    def overdraft(self) -> int:
        return self._overdraft

    @overdraft.setter
    def overdraft(self, cents: int) -> None:
        if cents < 0:
            raise ValueError("overdraft cannot be negative")
        self._overdraft = cents

    @property
    def balance(self) -> int:
        return sum(cents for _, cents in self._entries)

    def deposit(self, cents: int, what: str = "deposit") -> None:
        self._record(what, abs(cents))

    def withdraw(self, cents: int, what: str = "withdrawal") -> None:
        self._record(what, -abs(cents))

    def history(self) -> tuple[tuple[str, int], ...]:
        return tuple(self._entries)  # a snapshot: callers cannot edit the ledger

    def _record(self, what: str, cents: int) -> None:
        if self.balance + cents < -self._overdraft:
            raise InsufficientFunds(f"{self.owner} cannot take out {-cents}")
        self._entries.append((what, cents))


account = Account("Ada", overdraft=1_000)
account.deposit(5_000, "salary")
account.withdraw(5_500, "rent")
print("balance:", account.balance)
try:
    account.withdraw(1_000)
except InsufficientFunds as err:
    print("refused:", err)
print("history:", account.history())
