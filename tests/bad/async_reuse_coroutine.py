# expect: type=RuntimeError line=8
import asyncio
async def work():
    return 1
async def main():
    c = work()
    print(await c)
    print(await c)
asyncio.run(main())
