from typing import Protocol


class Clock(Protocol):
    def hour(self) -> int: ...


class Sender(Protocol):
    def send(self, to: str, text: str) -> None: ...


class FixedClock:  # fits Clock structurally: no inheritance needed
    def __init__(self, hour: int) -> None:
        self._hour = hour

    def hour(self) -> int:
        return self._hour


class ConsoleSender:
    def send(self, to: str, text: str) -> None:
        print(f"-> {to}: {text}")


class RecordingSender:
    """A test double: records messages instead of delivering them."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def send(self, to: str, text: str) -> None:
        self.sent.append((to, text))


class Greeter:
    """Depends only on the two interfaces, so any clock or sender can be plugged in."""

    def __init__(self, clock: Clock, sender: Sender) -> None:
        self._clock, self._sender = clock, sender

    def greet(self, to: str) -> None:
        part = "morning" if self._clock.hour() < 12 else "evening"
        self._sender.send(to, f"Good {part}, {to}!")


Greeter(FixedClock(9), ConsoleSender()).greet("Ada")
recorder = RecordingSender()
Greeter(FixedClock(20), recorder).greet("Linus")
assert recorder.sent == [("Linus", "Good evening, Linus!")]
print("recorded:", recorder.sent)
