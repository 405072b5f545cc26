"""Make "might be missing" explicit, and handle it at the boundary."""
import re
from dataclasses import dataclass
from typing import Optional


@dataclass
class User:
    name: str
    manager: Optional["User"] = None


def parse_port(text: str) -> Optional[int]:
    # re.match returns None when there is no match: the walrus keeps the
    # check and the use together.
    if (m := re.fullmatch(r"port=(\d+)", text)) is None:
        return None
    return int(m.group(1))


def manager_name(user: User) -> str:
    # Guard each link of the chain instead of assuming it exists.
    if user.manager is None:
        return "(no manager)"
    return user.manager.name


def describe(port: Optional[int]) -> str:
    # "port or 80" would be wrong: 0 is falsy but is not missing.
    return f"port {80 if port is None else port}"


boss = User("Grace")
dev = User("Linus", manager=boss)
print(manager_name(dev), "|", manager_name(boss))    # Grace | (no manager)
print(parse_port("port=8080"), parse_port("oops"))    # 8080 None
print(describe(parse_port("port=0")), "|", describe(None))  # port 0 | port 80
