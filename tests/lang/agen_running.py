# ag_running is true while an __anext__() awaitable is suspended in an
# await; a second __anext__ or aclose then fails with RuntimeError.
import asyncio

async def slow():
    await asyncio.sleep(0.01)
    yield 1
    await asyncio.sleep(0.01)
    yield 2

async def main():
    ag = slow()
    print(ag.ag_running)
    first = asyncio.ensure_future(ag.__anext__())
    await asyncio.sleep(0)
    print(ag.ag_running)
    try:
        await ag.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await ag.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await ag.athrow(ValueError)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await first)
    print(ag.ag_running)
    print(await ag.__anext__())

asyncio.run(main())
