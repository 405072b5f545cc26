from collections import deque
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    remaining: int  # units of work left


def round_robin(jobs: list[Job], quantum: int) -> list[str]:
    """Run each job for at most `quantum` units, then send it to the back."""
    if quantum <= 0:
        raise ValueError("quantum must be positive")
    ready = deque(jobs)  # O(1) at both ends, unlike list.pop(0)
    timeline = []
    clock = 0
    while ready:
        job = ready.popleft()
        ran = min(quantum, job.remaining)
        clock += ran
        job.remaining -= ran
        if job.remaining:
            ready.append(job)  # not finished: back of the line
        else:
            timeline.append(f"{job.name} done at t={clock}")
    return timeline


for event in round_robin([Job("build", 5), Job("test", 2), Job("lint", 3)], quantum=2):
    print(event)

recent = deque(maxlen=3)  # a bounded queue drops the oldest item automatically
for request_id in range(1, 6):
    recent.append(request_id)
print("last three requests:", list(recent))
