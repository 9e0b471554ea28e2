# StopAsyncIteration or StopIteration raised inside an async generator's
# body become RuntimeError (PEP 479/525), chained to the original.
import asyncio

async def raises(exc):
    yield 1
    raise exc

async def main():
    for exc in (StopAsyncIteration("inner"), StopIteration("si")):
        ag = raises(exc)
        await ag.__anext__()
        try:
            await ag.__anext__()
        except RuntimeError as e:
            print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)

asyncio.run(main())
