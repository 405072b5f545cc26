# Remove every negative reading.
readings = [5, -1, -3, 7, -2, 9]

readings = [r for r in readings if r >= 0]   # build a new list instead

assert all(r >= 0 for r in readings), f"negatives left: {readings}"
print(readings)  # [5, 7, 9]
