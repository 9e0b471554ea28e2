# Finally blocks and async with inside an async generator, in order with the
# consumer's prints, when iteration completes or the consumer closes it.
import asyncio

class Ctx:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        return self
    async def __aexit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

async def gen():
    async with Ctx("outer"):
        try:
            for i in range(3):
                async with Ctx(f"item{i}"):
                    yield i
        finally:
            print("gen finally")

async def main():
    async for x in gen():
        print("consumer", x)
    g = gen()
    print("first", await g.__anext__())
    await g.aclose()
    print("closed")

asyncio.run(main())
