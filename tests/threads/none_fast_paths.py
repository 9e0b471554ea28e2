# The attribute, method, class-call and operator fast paths must fall back
# whenever what a site remembered stops being true. Each case warms a site
# in a loop, changes something, and runs the same site again; every thread
# runs all cases on classes of its own, so the output is deterministic under
# every GIL model (under gil=none the sites are shared by the threads).
import threading


def cases(tag):
    out = []

    class P:
        def __init__(self, x):
            self.x = x

        def get(self):
            return self.x

        def __add__(self, o):
            return P(self.x + (o.x if isinstance(o, P) else o))

        def __sub__(self, o):
            return NotImplemented

        def __rsub__(self, o):
            return "rsub"

    class R(P):
        def __radd__(self, o):
            return "radd"

        def __add__(self, o):
            return "R.add"

    def load(o):
        return o.x

    def store(o, v):
        o.x = v

    def call(o):
        return o.get()

    def make(v):
        return P(v)

    def add(a, b):
        return a + b

    def iadd(a, b):
        a += b
        return a

    p = P(1)
    for i in range(20):
        store(p, i)
        out.append(load(p) + call(p) + make(i).x + add(p, 1).x)
    del p.x
    out.append(hasattr(p, "x"))
    p.y = 5
    p.x = 7  # the name at another dict entry: the hint misses
    out.append((load(p), call(p)))
    p.get = lambda: "own"  # the instance shadows the method
    out.append(call(p))
    P.x = property(lambda self: "prop")  # the class gains the name
    out.append(load(p))
    del P.x
    log = []
    P.__setattr__ = lambda self, k, v: log.append(k)
    store(p, 9)
    out.append((log, load(p)))
    del P.__setattr__
    P.__getattribute__ = lambda self, k: "ga:" + k
    out.append((load(p), make(2).x))
    del P.__getattribute__
    P.__init__ = lambda self, x: setattr(self, "x", -x)
    out.append(make(4).x)
    class N(P):
        pass

    def make_n(v):
        return N(v)

    out.append(make_n(5).x)
    N.__new__ = lambda cls, x: 42
    out.append(make_n(5))
    P.__init__ = lambda self, x: 1
    try:
        make(6)
    except TypeError as e:
        out.append(str(e))
    del P.__init__
    try:
        make(7)
    except TypeError as e:
        out.append("init gone")
    P.__init__ = lambda self, x=0, y=0: setattr(self, "x", x + y)
    out.append((make(8).x, P(1, 2).x))
    a = P(2)
    out.append((add(a, 3).x, add(a, R(1)), iadd(a, 4).x, 1 - a))
    P.__add__ = lambda self, o: "new add"
    out.append((add(a, 3), iadd(a, 1)))
    P.__iadd__ = lambda self, o: "iadd"
    out.append(iadd(a, 1))

    class S:
        __slots__ = ("x",)

        def __init__(self, x):
            self.x = x

    s = S(1)
    for i in range(10):
        store(s, i)
    out.append(load(s))
    try:
        s.z = 1
    except AttributeError:
        out.append("slots")
    return tag, out


results = {}


def worker(k):
    results[k] = cases(k)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(results[k])
