# Class keywords reach __init_subclass__ directly and through a metaclass's type.__new__
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)

class A(Base, tag=1):
    pass

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class B(Base, metaclass=Meta, tag=2):
    pass

print(A.tag, B.tag, type(B).__name__)
C = type("C", (Base,), {})
print(C.tag)
try:
    class D(x=1):
        pass
except TypeError as e:
    print("TypeError", e)
