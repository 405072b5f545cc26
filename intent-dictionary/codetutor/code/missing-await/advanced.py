"""Await everything you start: results, errors and cleanup depend on it."""
import asyncio
import time


async def fetch(item: str, delay: float) -> str:
    await asyncio.sleep(delay)
    if item == "broken":
        raise ValueError(f"cannot fetch {item}")
    return item.upper()


async def main() -> None:
    # Sequential awaits: total time is the SUM of the delays.
    start = time.perf_counter()
    a = await fetch("a", 0.1)
    b = await fetch("b", 0.1)
    print(a, b, time.perf_counter() - start >= 0.2)       # A B True

    # Concurrent: start both, then await both; time is the MAX of the delays.
    start = time.perf_counter()
    results = await asyncio.gather(fetch("c", 0.1), fetch("d", 0.1))
    print(results, time.perf_counter() - start < 0.2)     # ['C', 'D'] True

    # return_exceptions collects failures instead of losing the other results.
    mixed = await asyncio.gather(fetch("e", 0.01), fetch("broken", 0.01),
                                 return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in mixed])  # ['E', 'ValueError']

    # A TaskGroup (Python 3.11+) guarantees every task is awaited before
    # the block ends, so no task is forgotten or left running.
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(x, 0.01)) for x in "xyz"]
    print([t.result() for t in tasks])                   # ['X', 'Y', 'Z']

    # Put a deadline on an await instead of waiting forever.
    try:
        await asyncio.wait_for(fetch("slow", 1.0), timeout=0.02)
    except TimeoutError:
        print("timed out")


asyncio.run(main())
