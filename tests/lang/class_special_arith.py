# Arithmetic special methods, reflected operands and NotImplemented.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V%r" % (self.c,)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __sub__(self, o):
        return self + -o
    def __truediv__(self, k):
        return V(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])
    def __mod__(self, k):
        return V(*[a % k for a in self.c])
    def __pow__(self, k):
        return V(*[a ** k for a in self.c])
v = V(1, 2)
print(v + V(3, 4), v + 1, 1 + v, v * 3, 3 * v, -v, v - V(1, 1))
print(v / 2, v // 2, v % 2, v ** 2)
try:
    v + "s"
except TypeError as e:
    print(e)
try:
    "s" + v
except TypeError as e:
    print(e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
