# expect: type=TypeError line=5
# anext() of something that is not an async iterator.
import asyncio
async def main():
    await anext([1, 2])
asyncio.run(main())
