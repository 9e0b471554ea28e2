# expect: type=TypeError line=8
# CPython's MRO message spans two lines: re-raised on one for the checker.
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    raise TypeError(str(e).replace("\n", " "))
