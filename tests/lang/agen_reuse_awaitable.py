# The asend and athrow awaitables can be awaited once; driving them by hand
# with send() shows their protocol.
import asyncio

async def gen():
    yield "a"
    yield "b"

async def main():
    ag = gen()
    aw = ag.__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)
    close = ag.aclose()
    await close
    try:
        await close
    except RuntimeError as e:
        print("RuntimeError:", e)

    ag = gen()
    step = ag.asend(None)
    try:
        step.send(None)
    except StopIteration as e:
        print("by hand:", e.value)
    step = ag.__anext__()
    step.close()
    try:
        step.send(None)
    except RuntimeError as e:
        print("closed awaitable:", e)
    print(await ag.__anext__())

asyncio.run(main())
