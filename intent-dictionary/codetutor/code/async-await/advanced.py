import asyncio
import time


async def fetch_price(symbol: str) -> float:
    """Stand-in for a network call; one symbol is slow, one is broken."""
    delays = {"SLOW": 1.0}
    await asyncio.sleep(delays.get(symbol, 0.05))
    if symbol == "BAD":
        raise ValueError(f"unknown symbol {symbol!r}")
    return float(len(symbol) * 10)


async def fetch_with_limits(symbol: str, gate: asyncio.Semaphore) -> float:
    async with gate:  # at most N calls in flight at once
        return await asyncio.wait_for(fetch_price(symbol), timeout=0.3)


async def main() -> None:
    symbols = ["AAPL", "MSFT", "BAD", "SLOW", "GOOG", "IBM"]
    gate = asyncio.Semaphore(3)
    started = time.perf_counter()
    # return_exceptions=True: one failure does not cancel the others.
    results = await asyncio.gather(
        *(fetch_with_limits(s, gate) for s in symbols), return_exceptions=True
    )
    elapsed = time.perf_counter() - started

    for symbol, result in zip(symbols, results):
        if isinstance(result, asyncio.TimeoutError):
            print(f"{symbol:5} timed out")
        elif isinstance(result, Exception):
            print(f"{symbol:5} failed: {result}")
        else:
            print(f"{symbol:5} {result:6.1f}")
    # Sequentially this would take at least 0.3 + 5 * 0.05 = 0.55 s.
    print("ran concurrently:", elapsed < 0.55)


if __name__ == "__main__":
    asyncio.run(main())
