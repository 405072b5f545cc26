class Account:
    # __init__ runs automatically right after a new object is created
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance  # the default 0 is used when the caller leaves it out


ada = Account("Ada", 100)
linus = Account("Linus")
print(ada.owner, ada.balance)
print(linus.owner, linus.balance)
