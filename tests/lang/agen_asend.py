# asend(v): the value becomes the result of the yield expression; the
# first asend must send None as a generator's first send does.
import asyncio

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            await asyncio.sleep(0)
    finally:
        print("received", received)

async def main():
    ag = echo()
    print(await ag.asend(None))
    print(await ag.asend("a"))
    print(await ag.asend("b"))
    print(await ag.__anext__())
    await ag.aclose()
    ag2 = echo()
    try:
        await ag2.asend(1)
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
