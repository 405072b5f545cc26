class Cart:
    def __init__(self, owner, items=[]):
        self.owner = owner
        self.items = items

    def add(self, item):
        self.items.append(item)


ada = Cart("Ada")
ada.add("book")
linus = Cart("Linus")
assert linus.items == [], "each cart should start empty"
print("carts are independent")
