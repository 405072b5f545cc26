from collections import deque

# A queue is first in, first out, like a line at a shop.
line = deque()
line.append("ana")   # join at the back
line.append("ben")
line.append("cleo")

print("next up:", line[0])  # peek at the front
while line:
    customer = line.popleft()  # serve from the front
    print("serving", customer)
