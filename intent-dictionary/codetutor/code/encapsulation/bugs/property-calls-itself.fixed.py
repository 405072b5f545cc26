class Thermostat:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius  # read the hidden attribute, not the property

    @celsius.setter
    def celsius(self, value):
        if not -30 <= value <= 40:
            raise ValueError("temperature out of range")
        self._celsius = value  # store under a different name than the property


room = Thermostat(21)
print("room is at", room.celsius)
