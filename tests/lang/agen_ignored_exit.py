# An async generator that yields again while being closed: RuntimeError
# "async generator ignored GeneratorExit"; catching GeneratorExit and
# returning is a clean close.
# (A stubborn one is left finished here: how CPython reports one left
# suspended depends on when it is freed.)
import asyncio

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
    print("resumed after the ignored exit")

async def polite():
    try:
        yield 1
    except GeneratorExit:
        print("exiting politely")

async def main():
    ag = stubborn()
    await ag.__anext__()
    try:
        await ag.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print([x async for x in ag])
    ag = polite()
    await ag.__anext__()
    print(await ag.aclose())

asyncio.run(main())
