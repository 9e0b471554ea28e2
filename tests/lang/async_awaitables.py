# Objects with __await__ that hand on a coroutine's __await__() (its
# coroutine_wrapper), directly and through yield from.
import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x + 1

class Job:
    def __init__(self, x):
        self.x = x
    def __await__(self):
        return compute(self.x).__await__()

class Gen:
    def __await__(self):
        r = yield from compute(10).__await__()
        return r * 2

async def main():
    print(await Job(1), await Gen())
    w = compute(5).__await__()
    print(type(w).__name__, iter(w) is w)
    try:
        w.send(None)
        w.send(None)
    except StopIteration as e:
        print("stop", e.value)
    w2 = compute(7).__await__()
    print(next(w2))
    w2.close()
    print(await asyncio.gather(Job(3), Gen()))

asyncio.run(main())
