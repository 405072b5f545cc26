class Counter:
    def __init__(self):
        self.count = 0

    def increment(self):  # every instance method receives the object as `self`
        self.count += 1


clicks = Counter()
clicks.increment()
clicks.increment()
print("clicks:", clicks.count)
