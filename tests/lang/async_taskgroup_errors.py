# asyncio.TaskGroup raises the children's errors as one ExceptionGroup
# ("unhandled errors in a TaskGroup"), caught with except* or printed.
import asyncio


async def failing(i, delay):
    await asyncio.sleep(delay)
    raise ValueError(f"bad {i}")


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def caught():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(1, 0))
            tg.create_task(slow())
    except* ValueError as eg:
        print("caught", repr(eg), eg.__cause__, eg.__suppress_context__)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(2, 0))
            tg.create_task(failing(3, 0))
    except ExceptionGroup as eg:
        print(eg.message, sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(4, 0.01))
            raise KeyError("body")
    except* KeyError as k:
        print("body", repr(k.exceptions))


async def uncaught():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(failing(5, 0))


asyncio.run(caught())


async def gathered():
    return await asyncio.gather(asyncio.sleep(0, 1), failing(6, 0), return_exceptions=True)


print("gather", asyncio.run(gathered()))
asyncio.run(uncaught())
