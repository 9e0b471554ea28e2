import concurrent.futures
from concurrent.futures import ProcessPoolExecutor, as_completed, wait


def square(x):
    return x * x


def fail(x):
    raise ValueError("bad %d" % x)


def cpu(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def shift(p):
    return Point(p.x + 1, p.y * 2)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(square, range(10))))
        print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
        f = ex.submit(cpu, 100000)
        print(f.result(), f.done(), f.cancelled())
        futs = [ex.submit(square, i) for i in range(6)]
        print(sorted(f.result() for f in as_completed(futs)))
        done, not_done = wait(futs)
        print(len(done), len(not_done))
        e = ex.submit(fail, 3)
        try:
            e.result()
        except ValueError as err:
            print("ValueError", err)
        print(type(e.exception()).__name__)
        print(ex.submit(shift, Point(1, 2)).result())
        print(ex.submit(square, 2 ** 100).result())
        try:
            ex.submit(lambda: 1).result()
        except Exception as err:
            print(type(err).__name__)
        got = []
        g = ex.submit(square, 7)
        g.add_done_callback(lambda fut: got.append(fut.result()))
        g.result()
        print(got)
    try:
        ex.submit(square, 1)
    except RuntimeError as err:
        print(err)
    ex2 = ProcessPoolExecutor(2)
    print([f.result() for f in [ex2.submit(cpu, n) for n in (10, 20, 30)]])
    ex2.shutdown()
    print(concurrent.futures.process.BrokenProcessPool.__mro__[1].__name__ if hasattr(concurrent.futures, "process") else "BrokenExecutor")
    try:
        ProcessPoolExecutor(0)
    except ValueError as err:
        print(err)
    ex3 = ProcessPoolExecutor(1)
    fs = [ex3.submit(square, i) for i in range(3)]
    print("left for exit")
