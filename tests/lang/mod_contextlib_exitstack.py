# contextlib.nullcontext, closing and ExitStack: enter_context, callback,
# push, pop_all, close; exits run in LIFO order and see the exception.
import contextlib
from contextlib import ExitStack, closing, nullcontext

log = []


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return self.suppress


with nullcontext(5) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print("using", type(r).__name__)

with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "abc"]
    stack.callback(log.append, "callback", )
    stack.callback(print, "cb with", "args", sep="-")
    print(names)
print(log)

log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(CM("x"))
        stack.enter_context(CM("y"))
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
print(log)

log.clear()
with ExitStack() as stack:
    stack.enter_context(CM("outer", suppress=True))
    stack.enter_context(CM("inner"))
    raise KeyError("k")
print("suppressed", log)


def failing_exit():
    raise RuntimeError("from callback")


log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(CM("first"))
        stack.callback(failing_exit)
        stack.enter_context(CM("last"))
except RuntimeError as e:
    print("caught", e)
print(log)

log.clear()
stack = ExitStack()
stack.enter_context(CM("closed-later"))
print(log)
stack.close()
print(log)

log.clear()
with ExitStack() as stack:
    stack.enter_context(CM("moved"))
    kept = stack.pop_all()
print("after with", log)
kept.close()
print("after close", log)


def exit_fn(et, ev, tb):
    print("push saw", et.__name__ if et else None)
    return True


with ExitStack() as stack:
    stack.push(exit_fn)
    stack.push(CM("pushed"))
    raise IndexError("i")
print(log)

for bad in [1, object()]:
    try:
        ExitStack().enter_context(bad)
    except TypeError as e:
        print("TypeError:", e)


@contextlib.contextmanager
def managed(n):
    print("open", n)
    yield n * 2
    print("close", n)


with ExitStack() as stack:
    print([stack.enter_context(managed(i)) for i in range(3)])
