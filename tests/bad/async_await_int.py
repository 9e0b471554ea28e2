# expect: type=TypeError line=4
import asyncio
async def main():
    await 1
asyncio.run(main())
