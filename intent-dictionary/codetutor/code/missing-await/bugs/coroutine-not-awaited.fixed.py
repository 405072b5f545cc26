import asyncio


async def fetch_user(user_id: int) -> dict:
    await asyncio.sleep(0.01)  # pretend to call a server
    return {"id": user_id, "name": "Ada"}


async def main() -> None:
    user = await fetch_user(1)  # await runs the coroutine and returns the dict
    print(user["name"])


asyncio.run(main())
