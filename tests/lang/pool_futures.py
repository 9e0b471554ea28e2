# concurrent.futures: Future's state machine and callbacks, submit with
# arguments, exceptions inside tasks, as_completed (sorted: the order is the
# threads'), wait's three modes, shutdown(wait, cancel_futures),
# initializer/initargs, max_workers checks, a Future made by hand.
import concurrent.futures
import threading
import time
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                                CancelledError, Executor, Future, ThreadPoolExecutor,
                                as_completed, wait)


def add(a, b=0, *, scale=1):
    return (a + b) * scale


def boom(msg):
    raise KeyError(msg)


with ThreadPoolExecutor(max_workers=3) as ex:
    f = ex.submit(add, 1, 2, scale=10)
    print(f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    g = ex.submit(boom, "missing")
    try:
        g.result()
    except KeyError as e:
        print("KeyError", e)
    print(type(g.exception()).__name__, g.done())
    fs = {ex.submit(add, i, i): i for i in range(8)}
    print(sorted((fs[x], x.result()) for x in as_completed(fs)))

# a gate holds the single worker, so later futures stay pending
gate = threading.Event()
ex = ThreadPoolExecutor(1)
first = ex.submit(gate.wait)
later = [ex.submit(add, i) for i in range(3)]
while not first.running():
    time.sleep(0.001)
print(first.running(), first.cancel(), later[0].cancel(), later[0].cancelled(), later[0].done())
try:
    later[0].result()
except CancelledError as e:
    print("CancelledError", repr(e))
try:
    first.result(timeout=0.01)
except concurrent.futures.TimeoutError:
    print("TimeoutError", concurrent.futures.TimeoutError is TimeoutError)
done, not_done = wait(later[1:], timeout=0.01)
print(len(done), len(not_done))
gate.set()
done, not_done = wait([first] + later, return_when=ALL_COMPLETED)
print(len(done), len(not_done), [x.result() for x in later[1:]])
ex.shutdown()

# callbacks: run when the future finishes, or at once if it has
log = []
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(add, 5)
    f.add_done_callback(lambda fut: log.append(("cb", fut.result())))
    f.result()
    f.add_done_callback(lambda fut: log.append(("late", fut.done())))
print(sorted(log))

# wait: FIRST_COMPLETED and FIRST_EXCEPTION; a gate holds the slow task
gate = threading.Event()
with ThreadPoolExecutor(3) as ex:
    slow = ex.submit(gate.wait)
    fast = ex.submit(add, 1)
    done, not_done = wait([slow, fast], return_when=FIRST_COMPLETED)
    print(fast in done, slow in not_done)
    bad = ex.submit(boom, "x")
    done, not_done = wait([bad, slow], return_when=FIRST_EXCEPTION)
    print(bad in done, slow in not_done, type(bad.exception()).__name__)
    done, not_done = wait([fast, bad], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))

    # as_completed with a timeout
    got = []
    try:
        for f in as_completed([slow, fast], timeout=0.05):
            got.append(f.result())
    except TimeoutError as e:
        print("TimeoutError", e, got)
    gate.set()
    print(sorted(str(f.result()) for f in as_completed([slow, fast, ex.submit(add, 3)])))

# shutdown(cancel_futures=True) cancels what has not started
gate = threading.Event()
ex = ThreadPoolExecutor(1)
running = ex.submit(gate.wait)
queued = [ex.submit(add, i) for i in range(4)]
while not running.running():
    time.sleep(0.001)
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
ex.shutdown()
print(running.result(), [q.cancelled() for q in queued])
try:
    ex.submit(add, 1)
except RuntimeError as e:
    print("RuntimeError", e)

# initializer/initargs run once per worker thread
inits = []
with ThreadPoolExecutor(2, initializer=inits.append, initargs=("init",)) as ex:
    print(ex.submit(add, 7).result())
print(inits[0], 1 <= len(inits) <= 2)

for bad in (0, -1):
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    ThreadPoolExecutor(2, initializer=5)
except TypeError as e:
    print("TypeError", e)
print(ThreadPoolExecutor()._max_workers >= 5)

# a Future completed by hand, and an Executor subclass reusing map
f = Future()
print(f.done(), f.set_running_or_notify_cancel(), f.running())
f.set_result(99)
print(f.result(), f.done())
try:
    f.set_result(1)
except concurrent.futures.InvalidStateError:
    print("InvalidStateError")
f2 = Future()
f2.set_exception(ValueError("e"))
print(repr(f2.exception()))


class Inline(Executor):
    def submit(self, fn, *args, **kwargs):
        f = Future()
        f.set_running_or_notify_cancel()
        f.set_result(fn(*args, **kwargs))
        return f


with Inline() as ex:
    print(list(ex.map(add, [1, 2], [3, 4])))
print(issubclass(ThreadPoolExecutor, Executor), concurrent.futures.ALL_COMPLETED)
