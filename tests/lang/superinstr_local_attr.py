# Attribute loads, stores and method calls on a local (the superinstructions
# LOAD_FAST + LOAD_ATTR, + STORE_ATTR and + LOAD_METHOD): their fast paths and
# every way out of them must give what the unfused instructions give.
import math


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    @property
    def twice(self):
        return self.v * 2


class Sub(Base):
    def get(self):
        return -self.v


class Dyn:
    def __getattr__(self, name):
        return "dyn:" + name


def attrs(o):
    return (o.v, o.kind, o.twice, o.get())


def locals_of_all_kinds():
    b, s = Base(3), Sub(4)
    print(attrs(b), attrs(s))
    n, text, items, m = 7, "abc", [1], math
    items.append(2)
    print(n.real, text.upper(), items, m.floor(m.pi), m.pi > 3)
    d = Dyn()
    print(d.anything, d.other)
    f = attrs
    print(f.__name__)


def own_attribute_shadows_method():
    b = Base(5)
    for i in range(3):
        print(b.get())
        if i == 0:
            b.get = lambda: "own"
        elif i == 1:
            del b.get


def class_changes_between_calls():
    b = Base(6)
    out = []
    for i in range(4):
        out.append(b.get())
        if i == 1:
            Base.get = lambda self: self.v + 100
    Base.get = lambda self: self.v
    print(out)


def polymorphic_site():
    objs = [Base(1), Sub(2), Base(3), Sub(4)]
    total = 0
    for o in objs * 3:
        total += o.get() + o.v
    print(total)


def unbound_then_bound(flag):
    if flag:
        x = Base(9)
    try:
        print(x.v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        print(x.get())
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def deleted_local():
    y = Base(1)
    print(y.v)
    del y
    try:
        y.get()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def missing_attribute():
    b = Base(2)
    try:
        b.nothing
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        b.nothing()
    except AttributeError as e:
        print("AttributeError:", e)
    n = None
    try:
        n.get()
    except AttributeError as e:
        print("AttributeError:", e)


def across_lines():
    b = Base(8)
    return (b
            .get())


class Slotted:
    __slots__ = ("a",)


class Guarded:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


class Prop:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v * 10


def stores():
    b, s, g, p = Base(1), Slotted(), Guarded(), Prop()
    for i in range(3):
        b.v = i
        b.w = [i]
        s.a = i
        p.x = i
    g.z = 5
    print(b.v, b.w, s.a, p.x, g.z)
    try:
        s.b = 1
    except AttributeError as e:
        print("AttributeError:", e)
    n = 5
    try:
        n.attr = 1
    except AttributeError as e:
        print("AttributeError:", e)
    fn = stores
    fn.tag = "t"
    print(fn.tag)


def store_to_unbound(flag):
    if flag:
        z = Base(0)
    try:
        z.v = 3
        print(z.v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def store_cycle():
    a = Base(None)
    a.v = a
    print(a.v is a)


locals_of_all_kinds()
stores()
store_to_unbound(True)
store_to_unbound(False)
store_cycle()
own_attribute_shadows_method()
class_changes_between_calls()
polymorphic_site()
unbound_then_bound(True)
unbound_then_bound(False)
deleted_local()
missing_attribute()
print(across_lines())
b = Base(1)
b.v.missing
