# A method replaced thousands of times while other threads call it from one
# call site: under gil=none each replaced function is kept until the world
# next stops (enough of them ask for a stop), with automatic collection off
# and on. Every call sees a function that was stored.
import gc
import threading

N = 2000


def make(k):
    def m(self):
        return k

    return m


class C:
    m = make(0)


def replacer(stop):
    for i in range(N):
        C.m = make(i % 7)
    stop.set()


def caller(stop, out):
    c = C()
    bad = calls = 0
    while not stop.is_set() or calls < N:
        calls += 1
        if not 0 <= c.m() < 7:
            bad += 1
    out.append(bad)


def run():
    stop = threading.Event()
    out = []
    ts = [threading.Thread(target=replacer, args=(stop,))]
    ts += [threading.Thread(target=caller, args=(stop, out)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return out


gc.disable()
print("gc off", run(), C().m())
gc.enable()
print("gc on", run(), C().m())
