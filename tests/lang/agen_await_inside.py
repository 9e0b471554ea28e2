# Awaits inside an async generator suspend it in the event loop: other
# tasks run between its items, in CPython's order.
import asyncio

async def ticker(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}{i}"

async def consume(name, n, delay):
    async for item in ticker(name, n, delay):
        print("got", item)
    return name

async def main():
    results = await asyncio.gather(consume("a", 3, 0), consume("b", 2, 0))
    print(results)
    out = []
    async for x in ticker("t", 3, 0.001):
        out.append(x)
    print(out)

asyncio.run(main())
