import json

order = {"id": 7, "items": ["tea", "scones"], "paid": True, "note": None}

# Serialize: Python objects -> a JSON string you can send or save.
text = json.dumps(order)
print(text)

# Deserialize: JSON string -> Python objects again.
back = json.loads(text)
print(back["items"][1], back["paid"])
print(back == order)  # the round trip keeps every value
