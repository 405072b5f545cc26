from collections import deque

# Serve support tickets in the order they arrived.
tickets = deque()
for ticket in ["T1", "T2", "T3"]:
    tickets.append(ticket)

served = []
while tickets:
    served.append(tickets.popleft())

assert served == ["T1", "T2", "T3"], "served out of order"
print("served:", served)
