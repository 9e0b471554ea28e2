# type(), isinstance with tuples, callable, id, object().
class A: pass
class B(A): pass
b = B()
print(type(b) is B, type(b) == A, isinstance(b, (int, A)), isinstance(1, (str, list)))
print(type(1), type("s"), type(None).__name__, type(A).__name__)
o = object()
print(type(o).__name__, isinstance(o, object), isinstance(A, object), id(o) == id(o))
print(callable(A), callable(b), callable(print), callable(1))
try:
    object(1)
except TypeError as e:
    print(e)
try:
    A(1)
except TypeError as e:
    print(e)
