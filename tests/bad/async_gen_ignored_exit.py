# expect: type=RuntimeError line=15
# An async generator that yields while aclose() closes it.
import asyncio

async def agen():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass

async def main():
    ag = agen()
    await ag.__anext__()
    await ag.aclose()

asyncio.run(main())
