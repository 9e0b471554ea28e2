# expect: type=RuntimeError line=13
# A second __anext__ while the first is suspended in an await.
import asyncio

async def slow():
    await asyncio.sleep(0.01)
    yield 1

async def main():
    ag = slow()
    first = asyncio.ensure_future(ag.__anext__())
    await asyncio.sleep(0)
    await ag.__anext__()

asyncio.run(main())
