class BankAccount:
    def __init__(self, owner):
        self.owner = owner
        self._balance = 0  # leading underscore: internal, use the methods instead

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount

    @property
    def balance(self):  # readable from outside, but there is no setter
        return self._balance


account = BankAccount("Ada")
account.deposit(50)
print(account.owner, "has", account.balance)
try:
    account.deposit(-10)
except ValueError as err:
    print("refused:", err)
