# A class's __init__ and its operator methods replaced thousands of times
# while other threads construct instances and apply the operators from the
# same call sites: under gil=none the class's cached __init__ and operator
# functions are read by every thread while one refills them, and a replaced
# function is kept until the world next stops. Every call runs a function
# that was stored; the results say which.
import threading

N = 1500


def make_init(k):
    def __init__(self, x):
        self.x = x + k

    return __init__


def make_add(k):
    def __add__(self, other):
        return self.x + other + k

    return __add__


class P:
    __init__ = make_init(0)
    __add__ = make_add(0)


class Q(P):
    pass


def replacer(stop):
    for i in range(N):
        P.__init__ = make_init(i % 5)
        P.__add__ = make_add(i % 3)
    P.__init__ = make_init(0)
    P.__add__ = make_add(0)
    stop.set()


def user(stop, out):
    bad = calls = 0
    while not stop.is_set() or calls < N:
        calls += 1
        p = P(10) if calls % 2 else Q(10)
        if not 10 <= p.x < 15 or not 11 <= p + 1 < 18:
            bad += 1
    out.append(bad)


def run():
    stop = threading.Event()
    out = []
    ts = [threading.Thread(target=replacer, args=(stop,))]
    ts += [threading.Thread(target=user, args=(stop, out)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return out


print(run(), P(1).x, Q(2) + 3)
