# The cases the inline caches must get right, in one thread: here (not in
# tests/lang) so that they run under every GIL model, gil=none's cache
# protocol included. Each site runs several times so a cached entry meets
# the change: an instance attribute shadowing a method, a class attribute
# shadowed and uncovered, __setattr__, a property and __getattr__ added to
# a class after its sites were cached, a subclass's override added and
# deleted, a global shadowing a builtin, a deleted attribute or global, a
# site seeing more classes than it has ways, built-in types at one site.


class C:
    def m(self):
        return "method"


def call_m(o):
    return o.m()


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


o = C()
print([call_m(o) for _ in range(3)])
o.m = lambda: "own"
print([call_m(o) for _ in range(3)])
del o.m
print([call_m(o) for _ in range(3)])

C.x = "class"
print([get_x(o) for _ in range(3)])
set_x(o, "inst")
print([get_x(o) for _ in range(3)])
del o.x
print([get_x(o) for _ in range(3)])
del C.x
try:
    get_x(o)
except AttributeError as e:
    print("AttributeError", e)

log = []


def logging_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)


for i in range(3):
    set_x(o, i)
C.__setattr__ = logging_setattr
for i in range(3):
    set_x(o, i)
del C.__setattr__
for i in range(3):
    set_x(o, i)
print(log, get_x(o))

C.x = property(lambda self: "prop", lambda self, v: log.append(("set", v)))
print([get_x(o) for _ in range(3)])
set_x(o, 9)
print(log[-1], o.__dict__)
del C.x
print(get_x(o))
C.__getattr__ = lambda self, name: "fallback " + name
del o.x
print([get_x(o) for _ in range(3)])
del C.__getattr__


class D(C):
    pass


d = D()
print([call_m(d) for _ in range(3)])
D.m = lambda self: "override"
print([call_m(d) for _ in range(3)], call_m(o))
del D.m
print([call_m(d) for _ in range(3)])
C.m = lambda self: "replaced"
print([call_m(d) for _ in range(3)], call_m(o))


def use_len():
    return len([1, 2, 3])


print([use_len() for _ in range(3)])
len = lambda x: "shadow"
print([use_len() for _ in range(3)])
del len
print([use_len() for _ in range(3)])
globals()["len"] = lambda x: "via globals()"
print(use_len())
del globals()["len"]
print(use_len())

G = 1


def get_g():
    return G


print([get_g() for _ in range(3)])
del G
try:
    get_g()
except NameError as e:
    print("NameError", e)


def make(k):
    return type("K" + str(k), (), {"m": lambda self: k, "x": k})


many = [make(k)() for k in range(12)]
print([call_m(x) for x in many] == list(range(12)), [get_x(x) for x in many][-3:])


class L(list):
    def append(self, v):
        list.append(self, v * 2)


def app(x):
    x.append(1)
    return x


print([app(x) for x in ([], L(), [], L())])


def cp(x):
    return x.copy()


print([cp(x) for x in ([1], {1: 2}, {3}, [4])])
