# Cancellation, timeouts and the combinators: CancelledError inside the
# coroutine, wait_for cancelling the inner task, gather's
# return_exceptions, wait's return_when, as_completed, timeout().
import asyncio


async def slow(n):
    try:
        print("slow start", n)
        await asyncio.sleep(10)
        print("never")
    except asyncio.CancelledError:
        print("slow cancelled", n)
        raise
    finally:
        print("slow finally", n)


async def boom(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def quick(x):
    await asyncio.sleep(0.01 * x)
    return x * 10


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    return "kept going"


async def main():
    t = asyncio.create_task(slow(1))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel(), t.cancel("again"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("caught cancel", t.cancelled(), t.done(), t.cancel())
    t = asyncio.create_task(slow(2))
    t.cancel("before start")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled before its first step:", e.args)
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    try:
        await asyncio.wait_for(slow(3), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, TimeoutError is asyncio.TimeoutError)
    print(await asyncio.wait_for(quick(1), 5), await asyncio.wait_for(quick(0), None))
    r = await asyncio.gather(quick(1), boom("x"), quick(2), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(quick(3), boom("y"))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(boom("z"))
    await asyncio.sleep(0.01)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print("result raised", e)
    fast = asyncio.create_task(quick(0))
    sleepers = [asyncio.create_task(slow(i)) for i in (4, 5)]
    done, pending = await asyncio.wait(sleepers + [fast], return_when=asyncio.FIRST_COMPLETED)
    print([x.result() for x in done], len(pending))
    for s in sleepers:
        s.cancel()
    done, pending = await asyncio.wait(sleepers, timeout=1)
    print(len(done), len(pending), [s.cancelled() for s in sleepers])
    errs = [asyncio.create_task(boom("e1")), asyncio.create_task(slow(6))]
    done, pending = await asyncio.wait(errs, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    errs[1].cancel()
    await asyncio.sleep(0)
    tasks = [asyncio.create_task(quick(i)) for i in (3, 1, 2)]
    for c in asyncio.as_completed(tasks):
        print("as_completed", await c)
    got = []
    t = asyncio.create_task(quick(4))
    t.add_done_callback(lambda fut: got.append(fut.result()))
    await t
    await asyncio.sleep(0)
    print("callback", got)
    c = quick(1)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(1), await c)
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0)
    print("not expired", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout() expired", cm.expired())
    print(await asyncio.sleep(0, "res"), await asyncio.sleep(0.001, result=7))
    print(asyncio.current_task().get_name())
    asyncio.create_task(slow(7))
    await asyncio.sleep(0)
    print("main returns with a task pending")


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
