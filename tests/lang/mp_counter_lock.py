# The classic tutorial program: processes add to a shared Value, with and
# without its lock. Without it the read-modify-write races (CPython loses
# updates); only what is deterministic is printed: with the lock the total
# is exact, without it no more than exact.
from multiprocessing import Lock, Process, Value

N, PROCS = 2000, 4


def add_unlocked(counter):
    for _ in range(N):
        counter.value += 1


def add_locked(counter):
    for _ in range(N):
        with counter.get_lock():
            counter.value += 1


def add_with(counter, lock):
    for _ in range(N):
        lock.acquire()
        try:
            counter.value += 1
        finally:
            lock.release()


def run(target, *extra):
    counter = Value("i", 0)
    ps = [Process(target=target, args=(counter,) + extra) for _ in range(PROCS)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    return counter.value


print("locked", run(add_locked))
print("separate lock", run(add_with, Lock()))
unlocked = run(add_unlocked)
print("unlocked at most exact", 0 < unlocked <= N * PROCS)
raw = Value("i", 0, lock=False)
print("raw value has no lock", not hasattr(raw, "get_lock"))
