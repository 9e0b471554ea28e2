# Tasks interleaving around sleep(0) and timed sleeps print their lines in
# CPython's order: a FIFO ready queue, a task's first step on the loop's
# iteration after create_task, gather wrapping coroutines in argument order.
import asyncio


async def worker(name, delays):
    for d in delays:
        print(name, "before", d)
        await asyncio.sleep(d)
        print(name, "after", d)
    return name.upper()


async def main():
    t1 = asyncio.create_task(worker("a", [0, 0.1, 0]))
    t2 = asyncio.create_task(worker("b", [0.05, 0, 0]), name="bee")
    print("created", t1.get_name(), t2.get_name(), t1.done())
    await asyncio.sleep(0)
    print("main after sleep0")
    r = await asyncio.gather(t1, t2, worker("c", [0, 0]), worker("d", [0]))
    print(r, t1.done(), t1.result(), t2.cancelled())
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    h = loop.call_later(0.02, print, "later")
    loop.call_later(0.03, print, "cancelled timer").cancel()
    loop.call_soon(print, "soon 2")
    print("timer", h.when() > loop.time(), h.cancelled())
    await asyncio.sleep(0.08)
    f = loop.create_future()
    loop.call_soon(f.set_result, 42)
    print("future", await f, f.done(), asyncio.isfuture(f))
    print("gather of nothing", await asyncio.gather())
    print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(print),
          asyncio.iscoroutinefunction(main))
    return "main done"


print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(worker("e", [0])), loop.is_closed())
loop.close()
print(loop.is_closed())
