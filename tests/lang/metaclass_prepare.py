# A metaclass's __prepare__ gives the namespace the class body fills.


class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        return Recorder()

    def __new__(mcls, name, bases, ns, **kw):
        print("new", type(ns).__name__, ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=Meta, flag=1):
    z = 1
    a = 2

    def m(self):
        return self.z + self.a

    z = 3


print(A.order, A().m(), type(A).__name__, A.__qualname__, A.__module__)


class B(A):
    b = 1


print(B.order)


class NoDup(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError("duplicate name " + key)
        super().__setitem__(key, value)


class Strict(type):
    def __prepare__(name, bases):
        return NoDup()


try:

    class C(metaclass=Strict):
        x = 1
        x = 2

except TypeError as e:
    print("TypeError", e)


class Defaults(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:].upper()
        raise KeyError(key)


class Auto(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Defaults()

    def __new__(mcls, name, bases, ns):
        return type.__new__(mcls, name, bases, ns)


class D(metaclass=Auto):
    x = auto_red
    y = len  # falls back to the builtins
    z = x + "!"
    del x


print(D.y is len, D.z, hasattr(D, "x"), isinstance(D, Auto))


class Plain(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"injected": 42}


class E(metaclass=Plain):
    w = injected + 1


print(E.injected, E.w)


class Deleting(dict):
    def __delitem__(self, key):
        print("delitem", key)
        super().__delitem__(key)


class DelMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Deleting()


class F(metaclass=DelMeta):
    tmp = 1
    del tmp
    try:
        del tmp
    except NameError as e:
        print("NameError", e)


print(hasattr(F, "tmp"), type.__prepare__("X", ()), type(type.__prepare__()).__name__)


class Super(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        ns["tag"] = name.lower()
        return ns


class G(metaclass=Super):
    pass


print(G.tag)
