import json
from datetime import datetime, timezone

event = {
    "name": "deploy",
    "at": datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc),
}

payload = json.dumps(event)
print(payload)
