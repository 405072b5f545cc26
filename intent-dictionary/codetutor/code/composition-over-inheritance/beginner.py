class Engine:
    def __init__(self, kind, horsepower):
        self.kind = kind
        self.horsepower = horsepower

    def start(self):
        return f"{self.kind} engine ({self.horsepower} hp) starts"


class Car:
    # A Car HAS an Engine instead of BEING one: the part is passed in.
    def __init__(self, name, engine):
        self.name = name
        self.engine = engine

    def drive(self):
        return f"{self.name}: {self.engine.start()}, off we go"  # delegate to the part


print(Car("Roadster", Engine("petrol", 300)).drive())
print(Car("City car", Engine("electric", 110)).drive())
