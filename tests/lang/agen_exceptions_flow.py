# An exception raised in an async generator reaches the consumer's async
# for; one raised in the consumer's body leaves the generator suspended.
import asyncio

async def failing():
    yield 1
    await asyncio.sleep(0)
    raise KeyError("from gen")

async def main():
    try:
        async for x in failing():
            print("got", x)
    except KeyError as e:
        print("consumer caught", e)
    g = failing()
    try:
        async for x in g:
            raise ValueError("from body")
    except ValueError as e:
        print("body raised", e)
    print(await g.__anext__() if False else "generator left suspended")
    await g.aclose()

asyncio.run(main())
