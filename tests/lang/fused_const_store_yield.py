# Superinstructions of session 13: a constant added or taken modulo
# (`x * 75 + 74`, `v % 7`), `yield x` of a local, `x = y`, `x = 0`,
# `a, b = ...` (two stores), two locals compared then a jump (`c in s`,
# `i < n`), and a method call whose result is dropped (`s.add(x)`).
# Each has a fast path for ints and falls back to the plain pair for
# anything else; results, unbound locals and errors must stay as they were.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + o)

    def __mod__(self, o):
        return Num(self.v % o)

    def __lt__(self, o):
        return self.v < o

    def __repr__(self):
        return "Num(%r)" % self.v


def consts(x):
    return x + 1, x % 7, x + 2.5, x % 2.5, x + (1 << 62) + (1 << 62), x % -3


print(consts(10), consts(-10), consts(2.0))
print(consts(Num(5)))
print("%d-%s" % (3, "x"), "ab" + "c" if True else 0)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print([] + 1)
except TypeError as e:
    print("TypeError", e)
print(True + 1, True % 2, 7 % True)


def gen(n):
    x = 0
    for i in range(n):
        x = (x * 75 + 74) % 65537
        got = yield x
        if got is not None:
            print("sent", got)
    last = x
    yield last


g = gen(3)
print(next(g), g.send("a"), next(g), next(g))
print(list(gen(5)), sum(v % 3 + 1 for v in gen(10)))


def unbound_yield():
    try:
        yield w
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    w = 1
    yield w


print(list(unbound_yield()))


def stores(p):
    a, b = p
    c = a
    d = 0
    e = f = "s"
    a, b, c2 = b, a, c
    try:
        z = q
    except UnboundLocalError as e2:
        print("UnboundLocalError", e2)
    q = z = None
    return a, b, c, d, e, f, c2, q, z


print(stores((1, 2)), stores(("x", [3])))


def compares(n, s, fs, l):
    out = []
    for c in range(n):
        if c in s:
            out.append("in")
        if c not in fs:
            out.append("notin")
        if c < n:
            out.append("<")
        if c in l:
            out.append("list")
        if c == n:
            out.append("==")
        x = 1.5
        if x in s:
            out.append("float")
        k = Num(c)
        if k < n:
            out.append("Num<")
    return out


class S(set):
    pass


print(compares(4, {1, 2, 1.0, True}, frozenset({3}), [0, 3]))
print(compares(3, S({2}), frozenset(), []))


def cmp_unbound(a):
    try:
        if a in b:
            pass
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    b = {a}
    if a in b:
        print("found")
    try:
        if a in a:
            pass
    except TypeError as e:
        print("TypeError", e)
    u = [1]
    try:
        if a in {1: 2}.keys() and u in b:
            pass
    except TypeError as e:
        print("TypeError", e)


cmp_unbound(1)


def dropped(items):
    s = set()
    lst = []
    for v in items:
        s.add(v)
        lst.append(v)
        s.discard(v + 100)
    d = {}
    d.update(a=1)
    lst.sort()
    return sorted(s), lst, d


print(dropped([3, 1, 2, 3]))
