# vars() and __dict__ of instances of __slots__ classes: a class with only
# __slots__ has no __dict__ (vars() is CPython's TypeError); a "__dict__"
# slot gives one, and a subclass without __slots__ keeps the attributes
# that are not slots in its __dict__.


class P:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1
        self.y = 2


p = P()
try:
    print(vars(p))
except TypeError as e:
    print("TypeError", e)
try:
    print(p.__dict__)
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, "__dict__"), p.x, p.y)


class S:
    __slots__ = ()


try:
    vars(S())
except TypeError as e:
    print("TypeError", e)


class R:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.b = 2


r = R()
print(vars(r), r.__dict__, hasattr(r, "a"))
r.c = 3
print(sorted(vars(r)))


class Q(P):
    def __init__(self):
        self.z = 3


q = Q()
print(vars(q), q.__dict__)
q.__dict__["w"] = 4
print(q.w, sorted(vars(q)))

import copy

q2 = Q()
q2.x = [1]
c, d = copy.copy(q2), copy.deepcopy(q2)
print(c.x is q2.x, d.x == q2.x, d.x is q2.x, c.z, d.z)
