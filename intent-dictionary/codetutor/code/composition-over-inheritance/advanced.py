import json
from typing import Callable, Protocol

Formatter = Callable[[str, str], str]


def plain(level: str, message: str) -> str:
    return f"[{level}] {message}"


def as_json(level: str, message: str) -> str:
    return json.dumps({"level": level, "message": message})


class Sink(Protocol):
    def write(self, line: str) -> None: ...


class ConsoleSink:
    def write(self, line: str) -> None:
        print(line)


class MemorySink:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def write(self, line: str) -> None:
        self.lines.append(line)


class Logger:
    """Assembled from parts: 2 formats x 2 sinks needs no 4 subclasses."""

    def __init__(self, formatter: Formatter, sinks: list[Sink]) -> None:
        self.formatter = formatter
        self.sinks = sinks

    def log(self, level: str, message: str) -> None:
        line = self.formatter(level, message)
        for sink in self.sinks:  # delegate the writing to each part
            sink.write(line)


memory = MemorySink()
logger = Logger(plain, [ConsoleSink(), memory])
logger.log("info", "server started")
logger.formatter = as_json  # swap a part at run time; a superclass is fixed forever
logger.log("error", "disk full")
print("captured:", memory.lines)
