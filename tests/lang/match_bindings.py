# match: captures bind only when the whole pattern matches (guards see them),
# in functions, closures and at module level; failed captures keep nothing alive.
import weakref
match [1, 2]:
    case [x, 3]:
        pass
    case _:
        pass
print('x' in globals())
def f(v):
    match v:
        case (a, 0) | (0, a) if a > 5:
            return ("guarded", a)
        case {"a": b, "c": 9}:
            return ("map", b)
        case (p, q) as whole:
            return p, q, whole
    return "none", locals()
print(f((7, 0)), f((0, 9)), f((3, 0)), f({"a": 1}), f(3))
def g(v):
    match v:
        case [a, *rest] if len(rest) > 5:
            pass
        case _:
            pass
    return sorted(locals())
print(g([1, 2]), g(list(range(9))))
class Obj: pass
o = Obj()
r = weakref.ref(o)
match [o, 5]:
    case [m, 6]:
        pass
del o
print(r() is None)
def outer():
    match 4:
        case n:
            pass
    return lambda: n
print(outer()())
