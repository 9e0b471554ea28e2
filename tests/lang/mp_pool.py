# multiprocessing.Pool: map, starmap, imap, apply_async and what crosses
# the pipes (big ints, instances of a module-level class, nested values).
import multiprocessing as mp
from multiprocessing import Pool

SCALE = 1


def cpu_task(n):
    total = 0
    for i in range(n):
        total += i * i
    return total * SCALE


def add(a, b=0):
    return a + b


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def flip(p):
    return Point(p.y, p.x)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a

    def __repr__(self):
        return 'Slotted(%r, %r)' % (self.a, getattr(self, 'b', '-'))


def fill(s):
    s.b = [s.a]
    return s


def echo(v):
    return v


def whoami(_):
    return mp.current_process().name.startswith('ForkPoolWorker-')


def init(v):
    global SCALE
    SCALE = v


if __name__ == '__main__':
    data_chunks = [10000, 20000, 30000, 40000]
    with Pool(2) as p:
        print(p.map(cpu_task, data_chunks))
        print(p.map(cpu_task, range(20), chunksize=3))
        print(p.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(list(p.imap(cpu_task, range(8))))
        print(list(p.imap(cpu_task, range(8), chunksize=3)))
        print(sorted(p.imap_unordered(cpu_task, range(8))))
        r = p.apply_async(add, (2,), {'b': 40})
        print(r.get(timeout=10), r.ready(), r.successful())
        print(p.apply(add, (2 ** 100, -2 ** 99)))
        print(p.map(flip, [Point(1, 2), Point('a', [3])]))
        print(p.map(fill, [Slotted(1), Slotted('x')]), p.map(echo, [Slotted(2)]))
        nested = [None, True, 1.5, -0.0, 'héllo', (1, (2, [3])), {'k': {4, 5}},
                  frozenset([6]), {(1, 2): None}, 10 ** 30, -10 ** 30, [], {}]
        print(p.map(echo, nested) == nested)
        print(all(p.map(whoami, range(4))))
        got = []
        m = p.map_async(cpu_task, [5, 6], callback=got.append)
        m.wait()
        print(m.get(), got)
        print(p.map(cpu_task, []))
        print(p.starmap(add, []))
    SCALE = 1000   # after the pool is made: its workers keep their copy
    with Pool(2, initializer=init, initargs=(3,)) as p:
        SCALE = 1000
        print(p.map(cpu_task, [3, 4]))
    print(p)
