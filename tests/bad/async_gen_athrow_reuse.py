# expect: type=RuntimeError line=12
# An athrow() awaitable awaited a second time.
import asyncio

async def agen():
    yield 1

async def main():
    ag = agen()
    aw = ag.aclose()
    await aw
    await aw

asyncio.run(main())
