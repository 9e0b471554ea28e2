# Async comprehensions and async for over a class with __aiter__ and
# __anext__ (not a generator), including StopAsyncIteration from it.
import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("aiter called")
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

async def main():
    print([x async for x in Countdown(3)])
    print({x async for x in Countdown(2)})
    g = (x * 10 async for x in Countdown(2))
    print([y async for y in g])

asyncio.run(main())
