# aclose(): GeneratorExit at the suspended yield runs finally blocks (which
# may await); afterwards the generator is exhausted; closing twice or
# closing an unstarted one is fine.
import asyncio

async def resource(name):
    print("open", name)
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print("close", name)

async def main():
    ag = resource("r1")
    print(await ag.__anext__())
    print(await ag.aclose())
    print(await ag.aclose())
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    unstarted = resource("never")
    await unstarted.aclose()
    print("unstarted closed without running")
    try:
        await unstarted.__anext__()
    except StopAsyncIteration:
        print("and is exhausted")

asyncio.run(main())
