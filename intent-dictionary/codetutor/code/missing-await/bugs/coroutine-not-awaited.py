import asyncio


async def fetch_user(user_id: int) -> dict:
    await asyncio.sleep(0.01)  # pretend to call a server
    return {"id": user_id, "name": "Ada"}


async def main() -> None:
    user = fetch_user(1)       # BUG: missing await, so this is a coroutine
    print(user["name"])


asyncio.run(main())
