# async def, await, async with, async for and the coroutine protocol,
# driven by hand with send/throw/close (no event loop).
async def double(x):
    return x * 2


async def chain():
    a = await double(3)
    print("a", a)
    return a + (await double(1)) ** 2


def drive(coro):
    """Runs coro to its end, sending back what it yields; its result."""
    v = None
    while True:
        try:
            v = coro.send(v)
        except StopIteration as e:
            return e.value


c = chain()
print(type(c).__name__, repr(c).startswith("<coroutine object chain at 0x"))
print(c.__name__, c.__qualname__, c.cr_running)
print("result", drive(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


class Ticket:
    def __await__(self):
        got = yield "tick"
        return got * 10


class NotIterator:
    def __await__(self):
        return 5


class CoroutineAwait:
    def __await__(self):
        return double(1)


async def uses_await():
    r = await Ticket()
    print("got", r)
    for bad in (1, "s", [1], NotIterator(), CoroutineAwait()):
        try:
            await bad
        except TypeError as e:
            print("TypeError:", e)
    return "done"


c = uses_await()
print(c.send(None))
try:
    c.send(4)
except StopIteration as e:
    print("returned", e.value)


class CM:
    def __init__(self, name, swallow):
        self.name, self.swallow = name, swallow

    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def statements():
    async with CM("a", True) as x, CM("b", False) as y:
        print("body", x, y)
        raise ValueError("swallowed by a")
    print("after with")
    try:
        async with CM("c", False):
            raise KeyError("k")
    except KeyError as e:
        print("KeyError passed through", e)
    async for i in Countdown(4):
        if i == 2:
            continue
        if i == 0:
            break
        print("i", i)
    else:
        print("not reached")
    async for i in Countdown(2):
        print("j", i)
    else:
        print("for else")
    for q in range(3):
        async with CM("loop%d" % q, False):
            if q == 0:
                continue
            if q == 1:
                return "returned from async with"
    return "not reached"


print(drive(statements()))


async def catcher():
    try:
        await Ticket()
    except ZeroDivisionError as e:
        print("caught in coroutine:", e)
        return "recovered"


c = catcher()
print(c.send(None))
try:
    c.throw(ZeroDivisionError("thrown"))
except StopIteration as e:
    print("throw ->", e.value)


async def closer():
    try:
        await Ticket()
    finally:
        print("closer finally")


c = closer()
c.send(None)
c.close()
print("closed")
unstarted = closer()
unstarted.close()


class Awaitables:
    async def method(self, x):
        return await double(x) + 1

    def __await__(self):
        return iter(())


async def misc():
    print(await Awaitables().method(2))
    r = await Awaitables()
    print("empty __await__ iterator gives", r)
    return [await double(i) for i in range(3)]


print(drive(misc()))
try:
    for x in double(1):
        pass
except TypeError as e:
    print("TypeError:", e)
