# ThreadPoolExecutor.map: results in input order, several iterables, a CPU
# function and a sleeping one, an exception re-raised when its result is
# reached, timeouts; the context manager waits for the work.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def cpu(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def nap(x):
    time.sleep(0.01 * (5 - x % 5))  # later inputs finish first
    return x


with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(cpu, [1000, 2000, 3000, 4000, 5000])))
    print(list(ex.map(nap, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print(list(ex.map(lambda a, b, c: a + b + c, "abc", "de", "fghi")))
    print(list(ex.map(cpu, [])))


def fragile(x):
    if x == 3:
        raise ValueError("bad input %d" % x)
    return x * 10


with ThreadPoolExecutor(2) as ex:
    seen = []
    try:
        for r in ex.map(fragile, range(6)):
            seen.append(r)
    except ValueError as e:
        print("ValueError", e, seen)

with ThreadPoolExecutor(2) as ex:
    it = ex.map(time.sleep, [0.5, 0.5], timeout=0.05)
    try:
        list(it)
    except TimeoutError as e:
        print("TimeoutError", repr(e))

# names: the prefix, then _N per worker
names = set()
lock = threading.Lock()


def name_of(_):
    with lock:
        names.add(threading.current_thread().name)
    time.sleep(0.02)


with ThreadPoolExecutor(3, thread_name_prefix="fetch") as ex:
    list(ex.map(name_of, range(6)))
print(names <= {"fetch_0", "fetch_1", "fetch_2"}, "fetch_0" in names)

# the pool's threads do the work, and are gone once it is shut down
before = threading.active_count()
ex = ThreadPoolExecutor(max_workers=2)
idents = set(ex.map(lambda _: threading.get_ident(), range(8)))
print(len(idents) <= 2, threading.get_ident() not in idents)
ex.shutdown()
print(threading.active_count() == before)
