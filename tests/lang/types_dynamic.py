# types: MethodType binds a function to any object, ModuleType makes a
# module, new_class/prepare_class/resolve_bases create classes.
import types


class Counter:
    def __init__(self):
        self.n = 0


def bump(self, k=1):
    self.n += k
    return self.n


c = Counter()
c.bump = types.MethodType(bump, c)
print(c.bump(), c.bump(5), c.bump.__self__ is c, c.bump.__func__ is bump)
m = types.MethodType(lambda self: self * 2, 21)
print(m())
try:
    types.MethodType(bump, None)
except TypeError as e:
    print("TypeError", e)

mod = types.ModuleType("plugin")
print(mod, mod.__name__, mod.__doc__)
mod.value = 42
print(mod.value, isinstance(mod, types.ModuleType))
mod2 = types.ModuleType("documented", "Some docs.")
print(mod2.__doc__, mod2.__spec__, mod2.__package__)
try:
    types.ModuleType(5)
except TypeError as e:
    print("TypeError", e)


def body(ns):
    ns["x"] = 1
    ns["double"] = lambda self: self.x * 2


K = types.new_class("K", (), {}, body)
print(K, K.__name__, K().double(), type(K))


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"from_prepare": True}

    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


M = types.new_class("M", (K,), {"metaclass": Meta, "flag": 1})
print(M, type(M).__name__, M.from_prepare, M.__mro__)
meta, ns, kw = types.prepare_class("Z", (M,), {"flag": 2})
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class("Y")
print(meta, ns, kw)
print(types.resolve_bases((int, K)))


class Entry:
    def __mro_entries__(self, bases):
        return (K,)


print(types.resolve_bases((Entry(), int)))
E = types.new_class("E", (Entry(),))
print(E.__mro__, E.__orig_bases__[0].__class__.__name__)


class M1(type):
    pass


class M2(type):
    pass


try:
    types.new_class("Bad", (M1("A", (), {}), M2("B", (), {})))
except TypeError as e:
    print("TypeError", e)
