import asyncio


async def fetch_price(item: str) -> float:
    await asyncio.sleep(0.01)          # pretend to wait for a server
    return {"apple": 0.5, "pear": 0.75}[item]


async def main() -> None:
    # Calling an async function only creates a coroutine object...
    pending = fetch_price("apple")
    print(type(pending).__name__)      # coroutine
    # ...await runs it and gives you the actual value.
    price = await pending
    print(price)                       # 0.5
    print(await fetch_price("pear"))   # 0.75


asyncio.run(main())
