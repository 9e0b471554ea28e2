# contextlib.AsyncExitStack: async and sync context managers and callbacks
# unwound in LIFO order; an exception seen by each exit, suppression, and
# pop_all / aclose; contextlib.aclosing closes an async generator.
import asyncio
from contextlib import AsyncExitStack, aclosing, asynccontextmanager

@asynccontextmanager
async def acm(name, log):
    log.append("enter " + name)
    try:
        yield name
    finally:
        log.append("exit " + name)

class SyncCM:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("enter sync")
        return "sync"
    def __exit__(self, *exc):
        self.log.append(f"exit sync {exc[0].__name__ if exc[0] else None}")

class Suppress:
    async def __aexit__(self, et, ev, tb):
        print("suppressing", repr(ev))
        return True

async def ticker(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("ticker closed")

async def main():
    log = []
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(acm("a", log))
        s = stack.enter_context(SyncCM(log))
        stack.callback(log.append, "callback")
        async def acb(msg):
            await asyncio.sleep(0)
            log.append(msg)
        stack.push_async_callback(acb, "async callback")
        log.append(f"body {a} {s}")
    print(log)
    log.clear()
    async with AsyncExitStack() as stack:
        stack.push_async_exit(Suppress())
        await stack.enter_async_context(acm("b", log))
        raise KeyError("swallowed")
    print(log)
    log.clear()
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(acm("c", log))
        later = stack.pop_all()
    log.append("after with")
    await later.aclose()
    print(log)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(SyncCM(log))
    except TypeError as e:
        print("TypeError:", e)
    log.clear()
    async with aclosing(ticker(log)) as t:
        async for i in t:
            if i == 2:
                break
    log.append("after aclosing")
    print(log)

asyncio.run(main())
