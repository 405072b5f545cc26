import heapq

# heapq keeps a plain list arranged as a min-heap: the smallest item is at [0].
waiting_times = []
for minutes in [15, 3, 42, 8, 23]:
    heapq.heappush(waiting_times, minutes)

print("smallest right now:", waiting_times[0])  # peek is O(1)

# Each pop removes the current smallest, so they come out in order.
while waiting_times:
    print("next:", heapq.heappop(waiting_times))
