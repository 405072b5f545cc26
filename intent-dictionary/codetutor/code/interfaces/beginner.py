from typing import Protocol


class Notifier(Protocol):
    """The interface: anything with a send(message) method is a Notifier."""

    def send(self, message: str) -> str: ...


class EmailNotifier:
    def send(self, message: str) -> str:
        return f"email: {message}"


class SmsNotifier:
    def send(self, message: str) -> str:
        return f"sms: {message[:20]}"  # SMS keeps it short


def notify_all(notifiers: list[Notifier], message: str) -> None:
    for notifier in notifiers:  # works with any type that fits the interface
        print(notifier.send(message))


notify_all([EmailNotifier(), SmsNotifier()], "Your parcel has been dispatched")
