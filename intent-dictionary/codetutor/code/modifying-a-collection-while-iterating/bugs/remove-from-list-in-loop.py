# Remove every negative reading.
readings = [5, -1, -3, 7, -2, 9]

for r in readings:
    if r < 0:
        readings.remove(r)       # BUG: shifts the next item into this slot

assert all(r >= 0 for r in readings), f"negatives left: {readings}"
print(readings)
