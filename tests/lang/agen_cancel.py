# Cancelling a task while it waits inside an async generator's await throws
# CancelledError into the generator: its finally runs before the task ends.
import asyncio

got = []

async def ticks(forever):
    try:
        for i in range(2):
            await asyncio.sleep(0)
            yield i
        await forever.wait()
        yield "never"
    except asyncio.CancelledError:
        print("generator saw CancelledError")
        raise
    finally:
        print("generator finally")

async def consumer(forever):
    async for t in ticks(forever):
        got.append(t)
        print("tick", t)

async def main():
    forever = asyncio.Event()
    task = asyncio.create_task(consumer(forever))
    while len(got) < 2:
        await asyncio.sleep(0)
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled")
    try:
        async with asyncio.timeout(0.01):
            async for t in ticks(forever):
                print("timed tick", t)
    except TimeoutError:
        print("timed out")

asyncio.run(main())
