# await inside comprehensions in an async function: in the element, the
# condition and the iterable, with sync and async for clauses.
import asyncio

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def is_odd(x):
    return x % 2 == 1

async def items():
    return [3, 1, 2]

async def agen(n):
    for i in range(n):
        yield i

async def main():
    print([await double(x) for x in range(4)])
    print([x for x in range(6) if await is_odd(x)])
    print([x for x in await items()])
    print({x: await double(x) for x in range(3)})
    print({await double(x) async for x in agen(3)})
    print([await double(x) async for x in agen(4) if await is_odd(x)])
    tasks = [asyncio.create_task(double(i)) for i in range(3)]
    print([await t for t in tasks])

asyncio.run(main())
