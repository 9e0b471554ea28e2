# A metaclass's __del__ finalizes its classes (PEP 442 rules: once, errors
# printed as "Exception ignored in").
import gc


class Meta(type):
    def __del__(cls):
        print("del class", cls.__name__)


class A(metaclass=Meta):
    def f(self):
        return 1


class B(A):
    pass


print(type(B).__name__)
del A
gc.collect()
print("A gone?")
del B
gc.collect()
print("B gone")


class Bad(type):
    def __del__(cls):
        raise ValueError("boom " + cls.__name__)


class C(metaclass=Bad):
    pass


del C
gc.collect()
print("end")


class Revive(type):
    def __del__(cls):
        print("revive", cls.__name__)
        keep.append(cls)


keep = []


class D(metaclass=Revive):
    pass


del D
gc.collect()
print(len(keep), keep[0].__name__, isinstance(keep[0], Revive))
keep.clear()
gc.collect()
print("once")


class E(metaclass=Meta):
    pass


print("left alive at exit")
