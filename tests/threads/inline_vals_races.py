# Threads race on instances' inline attribute values (instvals.c's
# invariants under gil=none): readers and writers of one instance's
# attributes, object values whose old ones a store drops while others read
# them; vars() and __dict__ making an instance's dict while other threads
# read and store; two threads growing one class's shape with different
# names at once; and del of an attribute while others read it. Every value
# read is one that was stored, and every store lands.
import threading

N = 3000


class Shared:
    def __init__(self):
        self.n = 0
        self.box = [0]
        self.f = 0.0


def race_one_instance():
    o = Shared()
    bad = []

    def writer(k):
        for i in range(N):
            o.box = [k, i]  # drops the old list while readers take it
            o.n = i
            o.f = i * 0.5

    def reader():
        b = 0
        for i in range(N):
            x = o.box
            if not (x == [0] or (len(x) == 2 and x[0] in (1, 2))):
                b += 1
            f = o.f  # read once: a writer may store between two reads
            if not isinstance(o.n, int) or f * 2 != int(f * 2):
                b += 1
        bad.append(b)

    ts = [threading.Thread(target=writer, args=(k,)) for k in (1, 2)]
    ts += [threading.Thread(target=reader) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return bad, o.box[1] == N - 1, o.n == N - 1


class Fresh:
    def __init__(self, i):
        self.x = i
        self.y = [i]


def race_materialise():
    objs = [Fresh(i) for i in range(200)]
    bad = []

    def dicter():
        b = 0
        for o in objs:
            d = vars(o) if o.x % 2 else o.__dict__
            if d["x"] != o.x or d["y"] != [o.x]:
                b += 1
        bad.append(b)

    def user():
        b = 0
        for _ in range(5):
            for o in objs:
                if o.y != [o.x]:
                    b += 1
                o.y = [o.x]
                o.z = o.x
        bad.append(b)

    ts = [threading.Thread(target=dicter)] + [threading.Thread(target=user) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    same = all(vars(o) == {"x": o.x, "y": [o.x], "z": o.x} for o in objs)
    return bad, same


class Grow:
    pass


def race_shape():
    made = {}

    def grower(prefix):
        mine = []
        for i in range(100):
            g = Grow()
            for j in range(12):
                setattr(g, "%s%d" % (prefix, (i + j) % 12), j)
            mine.append(g)
        made[prefix] = mine

    ts = [threading.Thread(target=grower, args=(p,)) for p in ("a", "b")]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    ok = all(
        getattr(g, "%s%d" % (p, (i + j) % 12)) == j
        for p in ("a", "b")
        for i, g in enumerate(made[p])
        for j in range(12)
    )
    return ok, sorted(len(vars(made[p][7])) for p in ("a", "b"))


class Gone:
    def __init__(self):
        self.keep = 1
        self.v = [1]


def race_del():
    objs = [Gone() for _ in range(50)]
    bad = []

    def deleter():
        for i in range(N // 10):
            for o in objs:
                del o.v
                o.v = [i]

    def reader():
        b = 0
        for _ in range(N // 10):
            for o in objs:
                v = getattr(o, "v", None)
                if not (v is None or (type(v) is list and len(v) == 1)) or o.keep != 1:
                    b += 1
        bad.append(b)

    ts = [threading.Thread(target=deleter)] + [threading.Thread(target=reader) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return bad, all(o.v == [N // 10 - 1] for o in objs)


print(race_one_instance())
print(race_materialise())
print(race_shape())
print(race_del())
