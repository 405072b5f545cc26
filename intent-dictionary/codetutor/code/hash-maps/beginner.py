# A dict maps keys to values; lookup by key is fast.
ages = {"alice": 31, "bob": 27}
ages["carol"] = 35        # add a new key
ages["bob"] = 28          # update an existing key

print("alice is", ages["alice"])
print("has dave?", "dave" in ages)
print("dave:", ages.get("dave", "unknown"))  # get() avoids a KeyError

for name, age in ages.items():
    print(f"{name}: {age}")
