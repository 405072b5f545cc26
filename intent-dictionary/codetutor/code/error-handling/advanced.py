import json
import tempfile
from pathlib import Path


class ConfigError(Exception):
    """The settings file is missing or invalid."""


def load_port(path: Path) -> int:
    try:
        with path.open(encoding="utf-8") as f:  # closed even if json.load raises
            data = json.load(f)
    except FileNotFoundError as err:
        raise ConfigError(f"{path.name}: file not found") from err
    except json.JSONDecodeError as err:
        raise ConfigError(f"{path.name}: invalid JSON at line {err.lineno}") from err

    port = data.get("port")
    if not isinstance(port, int) or not 1 <= port <= 65535:
        raise ConfigError(f"{path.name}: 'port' must be an integer 1-65535, got {port!r}")
    return port


with tempfile.TemporaryDirectory() as tmp:
    folder = Path(tmp)
    (folder / "good.json").write_text('{"port": 8080}')
    (folder / "broken.json").write_text('{"port": 80,,}')
    (folder / "bad_port.json").write_text('{"port": "http"}')

    for name in ["good.json", "broken.json", "bad_port.json", "missing.json"]:
        try:
            port = load_port(folder / name)
        except ConfigError as err:
            # __cause__ keeps the original low-level error for logs.
            cause = type(err.__cause__).__name__ if err.__cause__ else "validation"
            print(f"error: {err} (cause: {cause})")
        else:  # runs only when no exception was raised
            print(f"{name}: listening on {port}")
