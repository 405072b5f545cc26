class Cart:
    def __init__(self, owner, items=None):
        self.owner = owner
        # build a fresh list on every call instead of sharing one default list
        self.items = list(items) if items is not None else []

    def add(self, item):
        self.items.append(item)


ada = Cart("Ada")
ada.add("book")
linus = Cart("Linus")
assert linus.items == [], "each cart should start empty"
print("carts are independent")
