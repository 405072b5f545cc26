import json
from datetime import datetime, timezone

event = {
    "name": "deploy",
    "at": datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc),
}

# JSON has no date type: send the datetime as an ISO 8601 string.
payload = json.dumps({**event, "at": event["at"].isoformat()})
print(payload)
