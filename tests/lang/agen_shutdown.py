# An async generator abandoned mid-iteration (break out of async for) is not
# closed by the loop statement: asyncio.run closes it at the end through
# loop.shutdown_asyncgens, so its finally runs after main returns.
import asyncio

async def numbers(tag):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("finally", tag)

async def main():
    gen = numbers("kept")
    async for x in gen:
        print("item", x)
        if x == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("main returns")
    return "done"

print(asyncio.run(main()))
print("after run")
