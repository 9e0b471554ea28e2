# Async comprehensions (PEP 530): list, set and dict forms with async for,
# conditions, nested sync and async clauses.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    print([x async for x in agen(5)])
    print([x * x async for x in agen(6) if x % 2 == 0])
    print(sorted({x % 3 async for x in agen(7)}))
    print({x: str(x) async for x in agen(3)})
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([(x, y) for x in range(2) async for y in agen(2)])
    print([[y async for y in agen(x)] async for x in agen(3)])
    print([x async for x in agen(0)])
    x = "outer"
    print([x async for x in agen(2)], x)

asyncio.run(main())
