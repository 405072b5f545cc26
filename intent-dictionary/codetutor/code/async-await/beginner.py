import asyncio


async def brew(drink, seconds):
    print(f"start {drink}")
    # await pauses this coroutine and lets the others run meanwhile.
    await asyncio.sleep(seconds)
    return f"{drink} ready"


async def main():
    # Both drinks brew at the same time: about 0.2 s in total, not 0.3 s.
    results = await asyncio.gather(brew("tea", 0.2), brew("coffee", 0.1))
    print(results)


asyncio.run(main())
