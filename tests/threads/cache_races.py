# Threads racing on exactly what the interpreter's inline caches rely on
# (under gil=none they are filled and read by every thread at once): one
# thread replaces and deletes a class's method, a subclass's override and
# globals (one shadowing a builtin) while others call them in loops from
# the same call sites; instances shared by all get attributes added in
# different orders and deleted; one call site meets more classes than it
# has cache ways, another several built-in types. Every call must see one
# of the values that was stored, never a torn or freed one.
import threading

N = 3000


def one(self):
    return 1


def two(self):
    return 2


def three(self):
    return 3


class Base:
    def m(self):
        return 1


class Sub(Base):
    pass


def glob_fn():
    return 10


def glob_fn2():
    return 20


G = 0
bad = []
done = threading.Event()


def rebinder():
    # methods of Base and Sub, a global function and a builtin's shadow
    global glob_fn, G, len
    for i in range(N):
        Base.m = one if i % 2 else two
        if i % 3 == 0:
            Sub.m = three
        elif i % 3 == 1:
            del Sub.m
        glob_fn = glob_fn2 if i % 2 else one_g
        G = i
        if i % 4 == 0:
            len = fake_len
        elif i % 4 == 2:
            del len
    Base.m = one
    Sub.m = three
    del Sub.m
    done.set()


def one_g():
    return 10


def fake_len(x):
    return -1


def caller(objs):
    b = s = g = n = 0
    while not done.is_set() or n < N:
        n += 1
        for o in objs:
            r = o.m()
            if r not in (1, 2, 3):
                b += 1
        if glob_fn() not in (10, 20):
            g += 1
        if len([1, 2]) not in (2, -1):
            s += 1
        if G < 0:
            g += 1
    bad.append(b + s + g)


class Shared:
    pass


shared = [Shared() for _ in range(50)]


def adder(names, value):
    for _ in range(20):
        for o in shared:
            for k in names:
                setattr(o, k, value)
            o.common = value
        for o in shared:
            if o.common not in (1, 2):
                bad.append("common")


def deleter():
    for _ in range(20):
        for o in shared:
            o.tmp = 5
            del o.tmp
            try:
                o.tmp
                bad.append("tmp")
            except AttributeError:
                pass


def make_class(k):
    def get(self):
        return k

    return type("K" + str(k), (), {"get": get, "k": k})


many = [make_class(k)() for k in range(12)]


def many_ways():
    for _ in range(300):
        for o in many:
            if o.get() != o.k:
                bad.append("ways")


def builtins_site():
    counted = [([1, 2], 1), ((1, 2), 1), ("ab", "a")]
    copied = [[1], {1: 2}, {1}]
    for _ in range(600):
        for x, v in counted:
            if x.count(v) != 1:
                bad.append("count")
        for x in copied:
            if x.copy() != x:
                bad.append("copy")


workers = [threading.Thread(target=rebinder)]
workers += [threading.Thread(target=caller, args=([Base(), Sub()],)) for _ in range(2)]
workers += [
    threading.Thread(target=adder, args=(["a", "b", "c"], 1)),
    threading.Thread(target=adder, args=(["c", "b", "a"], 2)),
    threading.Thread(target=deleter),
    threading.Thread(target=many_ways),
    threading.Thread(target=many_ways),
    threading.Thread(target=builtins_site),
    threading.Thread(target=builtins_site),
]
for w in workers:
    w.start()
for w in workers:
    w.join()

print("bad", bad)
print("methods", Base().m(), Sub().m(), glob_fn(), len([1, 2]))
print("attrs", all(o.a in (1, 2) and o.b in (1, 2) and o.c in (1, 2) for o in shared))
print("dicts", sorted(set(tuple(sorted(vars(o))) for o in shared)))
