# An async generator's aclose() and __anext__() awaitables are accepted
# where asyncio wants a coroutine: create_task, asyncio.run, gather.
import asyncio

async def gen(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("closed")

async def main():
    log = []
    g = gen(log)
    print(asyncio.iscoroutine(g.__anext__()), asyncio.iscoroutine(g))
    first = await asyncio.create_task(g.__anext__())
    print("first", first)
    task = asyncio.create_task(g.aclose())
    print(task.done(), log)
    await task
    print(task.done(), log)
    g2 = gen(log)
    print(await asyncio.gather(g2.__anext__(), asyncio.sleep(0, "slept")))
    await g2.aclose()
    print(log)

asyncio.run(main())
print(asyncio.run(gen([]).__anext__()))
