# Attribute hooks and dunder dispatch from several threads: a class with
# __getattribute__, one that gains and loses it while threads read its
# instances, and __index__ in subscripts and slices; every result is
# independent of the interleaving.
import threading


class Logged:
    def __init__(self):
        self.v = 1

    def __getattribute__(self, name):
        if name == "v":
            return 2
        return object.__getattribute__(self, name)


class Plain:
    def __init__(self):
        self.v = 1


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


def passthrough(self, name):
    return object.__getattribute__(self, name)


results = []
lock = threading.Lock()


def reader():
    lg, pl = Logged(), Plain()
    data = list(range(10))
    s = wrong = 0
    for i in range(3000):
        s += lg.v + data[Idx(i % 10)] + len(data[Idx(1):Idx(4)])
        wrong += pl.v != 1
    with lock:
        results.append((s, wrong))


def toggler():
    for _ in range(300):
        Plain.__getattribute__ = passthrough
        del Plain.__getattribute__


threads = [threading.Thread(target=reader) for _ in range(3)]
threads.append(threading.Thread(target=toggler))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
