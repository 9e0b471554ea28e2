# The GIL tutorials' asyncio example, unchanged but for a shorter sleep.
import asyncio


async def say_hello():
    print("Hello")
    await asyncio.sleep(0.01)
    print("World")


asyncio.run(say_hello())
