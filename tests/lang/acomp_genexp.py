# Async generator expressions: (x async for x in ag) and a generator
# expression with await are async generators, consumed with async for, an
# async comprehension, or __anext__.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def square(x):
    return x * x

async def main():
    ge = (x + 1 async for x in agen(3))
    print(type(ge).__name__)
    async for v in ge:
        print("v", v)
    squares = (await square(x) for x in range(4))
    print(type(squares).__name__)
    print([s async for s in squares])
    nested = (y async for x in agen(3) for y in range(x))
    print(await nested.__anext__(), await nested.__anext__())
    print([z async for z in nested])
    evens = (x async for x in agen(10) if x % 2 == 0)
    total = 0
    async for e in evens:
        total += e
    print("total", total)

def outside():
    # Allowed in a plain function: it only makes the async generator.
    return (x async for x in agen(2))

async def use():
    print([x async for x in outside()])

asyncio.run(main())
asyncio.run(use())
