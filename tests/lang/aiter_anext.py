# The aiter() and anext() built-ins (3.10): anext with a default returns
# it when the iterator is exhausted.
import asyncio

async def agen():
    yield "a"
    yield "b"

class Custom:
    def __init__(self):
        self.left = 1
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.left:
            self.left -= 1
            return "custom"
        raise StopAsyncIteration

async def main():
    it = aiter(agen())
    print(type(it).__name__)
    print(await anext(it))
    print(await anext(it, "default"))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")
    c = aiter(Custom())
    print(await anext(c, None), await anext(c, None))
    try:
        aiter(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext([1])
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
