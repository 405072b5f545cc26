from __future__ import annotations


class Rgb:
    """A colour that is valid from the moment it exists."""

    def __init__(self, red: int, green: int, blue: int) -> None:
        for name, value in (("red", red), ("green", green), ("blue", blue)):
            if not 0 <= value <= 255:
                raise ValueError(f"{name} must be in 0..255, got {value}")
        self.red, self.green, self.blue = red, green, blue

    @classmethod
    def from_hex(cls, text: str) -> Rgb:
        """Alternative constructor: parse '#rrggbb', then delegate to __init__."""
        digits = text.removeprefix("#")
        if len(digits) != 6:
            raise ValueError(f"expected #rrggbb, got {text!r}")
        return cls(*(int(digits[i:i + 2], 16) for i in (0, 2, 4)))

    @classmethod
    def grey(cls, level: int) -> Rgb:
        return cls(level, level, level)

    def __repr__(self) -> str:
        return f"Rgb({self.red}, {self.green}, {self.blue})"


print(Rgb(255, 136, 0))
print(Rgb.from_hex("#1e90ff"))
print(Rgb.grey(128))
for attempt in (lambda: Rgb(300, 0, 0), lambda: Rgb.from_hex("#abc")):
    try:
        attempt()
    except ValueError as err:
        print("rejected:", err)
