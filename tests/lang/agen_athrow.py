# athrow raises the exception at the suspended yield: caught there, the
# generator's next yield is athrow's result; uncaught, it propagates.
import asyncio

async def guarded():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("caught", e)
            yield "recovered"

async def main():
    ag = guarded()
    print(await ag.__anext__())
    print(await ag.athrow(ValueError("bad")))
    print(await ag.__anext__())
    print(await ag.athrow(ValueError, ValueError("second")))
    try:
        await ag.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("finished after the error")

    async def plain():
        yield 1
    fresh = plain()
    try:
        await fresh.athrow(RuntimeError("before start"))
    except RuntimeError as e:
        print("unstarted:", e)

asyncio.run(main())
