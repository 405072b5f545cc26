class Thermostat:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self.celsius

    @celsius.setter
    def celsius(self, value):
        if not -30 <= value <= 40:
            raise ValueError("temperature out of range")
        self.celsius = value


room = Thermostat(21)
print("room is at", room.celsius)
