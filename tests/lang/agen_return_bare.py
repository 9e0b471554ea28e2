# A bare return ends an async generator (StopAsyncIteration); else clauses
# of async for run when the generator is exhausted.
import asyncio

async def upto(limit):
    i = 0
    while True:
        if i >= limit:
            return
        yield i
        i += 1

async def main():
    async for x in upto(3):
        print(x)
    else:
        print("else ran")
    async for x in upto(0):
        print("never")
    else:
        print("empty else ran")

asyncio.run(main())
