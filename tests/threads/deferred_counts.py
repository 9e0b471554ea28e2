# Functions, classes and closures made, shared and dropped by several
# threads. Under gil=none gilpy counts references to functions, classes,
# code objects and modules per thread and frees them only when a collection
# has merged the counts (interp/src/runtime/rcdefer.c): after gc.collect()
# everything dropped must be freed (the __del__ of what they held has run)
# and nothing still referenced may be.
import gc
import threading

log = []
log_lock = threading.Lock()


class Tracker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        with log_lock:
            log.append(self.name)


def churn(k, n, results):
    total = 0
    for i in range(n):
        def f(x, _t=Tracker(("f", k, i))):
            return x + i

        class C:
            held = Tracker(("C", k, i))

            def m(self):
                return i * 2

        total += f(1) + C().m()
        del f, C
    results[k] = total


def run(target, nthreads, *args):
    threads = [threading.Thread(target=target, args=(k,) + args) for k in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


results = {}
run(churn, 3, 300, results)
gc.collect()
print(sorted(results.items()))
churned = len(log)
print("freed after churn:", churned, len(set(log)))

# shared: every thread calls the same functions and makes instances of the
# same class, then exits; the counts its exit merges must keep them alive
shared_keep = Tracker("shared")


class Point:
    def __init__(self, x):
        self.x = x

    def plus(self, o):
        return Point(self.x + o.x)


def walk(k, n, out):
    p = Point(0)
    one = Point(1)
    for i in range(n):
        p = p.plus(one)
    out[k] = p.x


walked = {}
run(walk, 4, 5000, walked)
gc.collect()
print(sorted(walked.items()), Point(2).plus(Point(3)).x)

# made in a thread, kept in a list the main thread drops later
kept = []


def make(k, n):
    for i in range(n):
        def g(_t=Tracker(("g", k, i))):
            return k

        kept.append(g)


run(make, 2, 100)
gc.collect()
before = len(log)
print("kept calls:", sum(g() for g in kept), "freed while kept:", before - churned)
del kept[:]
gc.collect()
print("freed after drop:", len(log) - before)
print("shared alive:", "shared" not in log)
