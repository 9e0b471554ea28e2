# __slots__ restricts the attributes instances may have.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x = 10
print(p.x, p.y, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    __slots__ = "z"
q = Q(1, 2)
q.z = 3
print(q.x, q.z)
try:
    q.w = 0
except AttributeError as e:
    print("AttributeError:", e)
class Open(P):
    pass
o = Open(1, 2)
o.anything = 5
print(o.anything)
try:
    del p.y
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
