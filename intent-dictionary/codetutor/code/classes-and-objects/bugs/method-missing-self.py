class Counter:
    def __init__(self):
        self.count = 0

    def increment():  # the method forgot its `self` parameter
        self.count += 1


clicks = Counter()
clicks.increment()
clicks.increment()
print("clicks:", clicks.count)
