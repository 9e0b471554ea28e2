# asyncio's task control: create_task, cancel and CancelledError cleanup,
# wait_for and asyncio.timeout(), shield, wait(FIRST_COMPLETED), a
# TaskGroup of tasks that all succeed, as_completed.
import asyncio

events = []


async def job(name, delay, result=None):
    try:
        await asyncio.sleep(delay)
        events.append(f"{name} done")
        return result if result is not None else name.upper()
    except asyncio.CancelledError:
        events.append(f"{name} cleaned up")
        raise


async def main():
    t = asyncio.create_task(job("long", 1.0))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())

    try:
        await asyncio.wait_for(job("slow", 1.0), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")

    try:
        async with asyncio.timeout(0.01):
            await job("ctx", 1.0)
    except TimeoutError:
        print("timeout() block timed out")

    print(await asyncio.wait_for(job("quick", 0.001), timeout=1))

    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.03, 1))
        b = tg.create_task(job("b", 0.001, 2))
    print("taskgroup:", a.result() + b.result())

    fast = asyncio.create_task(job("fast", 0.001))
    slow = asyncio.create_task(job("lazy", 0.5))
    done, pending = await asyncio.wait({fast, slow}, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    slow.cancel()
    await asyncio.sleep(0)

    order = []
    for coro in asyncio.as_completed([job("x", 0.06), job("y", 0.02), job("z", 0.04)]):
        order.append(await coro)
    print(order)

    inner = asyncio.create_task(job("shielded", 0.01))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.001)
    except asyncio.TimeoutError:
        print("shield outer timed out, inner cancelled?", inner.cancelled())
    print(await inner)


asyncio.run(main())
for e in events:
    print(e)
