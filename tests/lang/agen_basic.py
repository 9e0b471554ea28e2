# An async generator function: calling it makes an async_generator object,
# __aiter__ returns it, each __anext__() is an awaitable that yields the
# next value, and StopAsyncIteration ends it.
import asyncio

async def count(n):
    for i in range(n):
        yield i

async def main():
    ag = count(3)
    print(type(ag).__name__, ag.__aiter__() is ag)
    print(repr(ag).startswith("<async_generator object count at 0x"))
    print(ag.__name__, ag.__qualname__)
    print(await ag.__anext__())
    print(await ag.__anext__())
    print(await ag.__anext__())
    try:
        await ag.__anext__()
    except StopAsyncIteration as e:
        print("stop", type(e).__name__, e.args)
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("still stopped")
    async for x in count(4):
        print("for", x)

asyncio.run(main())
