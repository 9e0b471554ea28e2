# Async generator methods, static and class methods, closures, default and
# keyword arguments, and an async generator yielding from a nested one by
# hand (no yield from in async generators).
import asyncio

class Source:
    def __init__(self, items):
        self.items = items

    async def __aiter__(self):
        for x in self.items:
            yield x

    async def pairs(self, *, step=1):
        for i in range(0, len(self.items) - 1, step):
            yield self.items[i], self.items[i + 1]

    @staticmethod
    async def repeat(x, n=2):
        for _ in range(n):
            yield x

    @classmethod
    async def named(cls):
        yield cls.__name__

def make_counter(start):
    async def counter():
        nonlocal start
        while start < 3:
            yield start
            start += 1
    return counter

async def chain(*gens):
    for g in gens:
        async for x in g:
            yield x

async def main():
    s = Source([1, 2, 3, 4])
    async for x in s:
        print("iter", x)
    async for p in s.pairs(step=2):
        print("pair", p)
    async for r in Source.repeat("z", n=3):
        print("repeat", r)
    async for n in Source.named():
        print("named", n)
    async for c in make_counter(1)():
        print("counter", c)
    async for x in chain(Source.repeat(0, 1), s.pairs(), make_counter(2)()):
        print("chain", x)

asyncio.run(main())
