# asyncio.TaskGroup (3.11) when its tasks succeed, and when the body raises:
# the group cancels its tasks and the body's exception goes on.
import asyncio


async def job(name, d):
    print("start", name)
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    print("end", name)
    return name * 2


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.05))
        b = tg.create_task(job("b", 0), name="bee")
        print("inside", b.get_name())
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            c = tg.create_task(job("c", 10))
            await asyncio.sleep(0)
            raise asyncio.CancelledError()
    except asyncio.CancelledError:
        print("body cancelled, task cancelled:", c.cancelled())


asyncio.run(main())
