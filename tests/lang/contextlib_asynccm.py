# contextlib.asynccontextmanager: the async generator's code before the
# yield is __aenter__, after it __aexit__; an exception in the body is
# thrown in at the yield and may be suppressed, re-raised or replaced.
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def resource(name, log):
    log.append(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"suppressed {e}")
    finally:
        await asyncio.sleep(0)
        log.append(f"close {name}")

@asynccontextmanager
async def converting():
    try:
        yield
    except ValueError as e:
        raise TypeError(f"converted {e}") from e

@asynccontextmanager
async def no_yield():
    if False:
        yield

@asynccontextmanager
async def two_yields():
    yield 1
    yield 2

async def main():
    log = []
    async with resource("a", log) as r:
        log.append(f"body {r}")
    async with resource("b", log):
        raise KeyError("k")
    try:
        async with resource("c", log):
            raise ValueError("v")
    except ValueError as e:
        log.append(f"propagated {e}")
    print("\n".join(log))
    try:
        async with converting():
            raise ValueError("x")
    except TypeError as e:
        print("TypeError:", e, "| cause:", repr(e.__cause__))
    for cm in (no_yield, two_yields):
        try:
            async with cm():
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(resource.__name__)

    @resource("deco", log)
    async def decorated(x):
        return x * 2
    log.clear()
    print(await decorated(3), await decorated(4))
    print(log)

asyncio.run(main())
