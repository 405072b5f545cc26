import asyncio


async def get_stock(item):
    await asyncio.sleep(0.01)  # pretend to ask a warehouse service
    return {"apples": 5, "pears": 3}[item]


async def main():
    counts = await asyncio.gather(*(get_stock(item) for item in ["apples", "pears"]))
    total = sum(counts)
    print("total stock:", total)


asyncio.run(main())
