# Threads storing new attributes to the same instances at once, in
# different orders, while another reads them and asks for __dict__: under
# a GIL instances keep attributes inline until the dict is needed (gilpy's
# instvals.c), under gil=none they have a dict from the start. Every store
# must land and every read see a stored value or none.
import threading

N = 300


class Obj:
    def __init__(self, i):
        self.i = i


objs = [Obj(i) for i in range(N)]
seen = []


def writer(prefix, order):
    for k in order:
        for o in objs:
            setattr(o, prefix + str(k), o.i * 10 + k)


def forward():
    for o in objs:
        o.p = o.i
        o.q = -o.i


def backward():
    for o in reversed(objs):
        o.q = -o.i
        o.p = o.i


def reader():
    bad = 0
    for _ in range(3):
        for o in objs:
            v = getattr(o, "a1", None)
            if v is not None and v != o.i * 10 + 1:
                bad += 1
            if o.i % 50 == 0:
                vars(o)
    seen.append(bad)


threads = [
    threading.Thread(target=writer, args=("a", range(5))),
    threading.Thread(target=writer, args=("b", range(4, -1, -1))),
    threading.Thread(target=reader),
    threading.Thread(target=forward),
    threading.Thread(target=backward),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
ok = all(
    getattr(o, p + str(k)) == o.i * 10 + k for o in objs for p in "ab" for k in range(5)
) and all(o.p == o.i and o.q == -o.i for o in objs)
print(ok, seen, sorted(vars(objs[7])), sum(len(vars(o)) for o in objs))
