import re


class ValidationError(ValueError):
    """Bad input; subclassing ValueError keeps existing handlers working.
    `problems` maps each bad field to a message, so callers can show all of them."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(f"{f}: {m}" for f, m in problems.items()))
        self.problems = problems


USERNAME = re.compile(r"[a-z0-9_]{3,20}")


def parse_age(text: str) -> int:
    try:
        age = int(text)
    except ValueError as err:  # translate, but keep the low-level cause attached
        raise ValidationError({"age": "must be a whole number"}) from err
    if not 13 <= age <= 120:
        raise ValidationError({"age": f"must be 13-120, got {age}"})
    return age


def validate_signup(form: dict[str, str]) -> dict[str, object]:
    """Check every field and report all problems at once, not just the first."""
    problems: dict[str, str] = {}
    name = form.get("username", "").strip().lower()
    if not USERNAME.fullmatch(name):
        problems["username"] = "3-20 letters, digits or _"
    try:
        age = parse_age(form.get("age", ""))
    except ValidationError as err:
        problems.update(err.problems)
    if problems:
        raise ValidationError(problems)
    return {"username": name, "age": age}


for form in [{"username": " Ada_99 ", "age": "36"}, {"username": "x!", "age": "ten"}, {"age": "9"}]:
    try:
        print("accepted:", validate_signup(form))
    except ValidationError as err:
        print("rejected:", err)
        print("   fields:", sorted(err.problems))

try:
    parse_age("ten")
except ValidationError as err:
    print("cause kept:", repr(err.__cause__))
