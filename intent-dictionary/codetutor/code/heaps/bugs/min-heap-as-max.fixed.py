import heapq

# Pop the most urgent incident first: higher severity = more urgent.
incidents = []
for severity, name in [(2, "slow page"), (5, "database down"), (3, "disk 90%")]:
    heapq.heappush(incidents, (-severity, name))  # negate: heapq is a min-heap

neg_severity, name = heapq.heappop(incidents)
assert name == "database down", f"expected the most urgent incident, got {name!r}"
print("handle first:", name, "severity", -neg_severity)
