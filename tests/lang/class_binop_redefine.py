# Operator methods found through the class: changed after first use, inherited,
# deleted, replaced by something other than a function, or with a signature
# a call of two arguments must bind.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __mul__(self, k):
        return V(self.x * k)


def run(n):
    a, b = V(1), V(2)
    out = []
    for i in range(n):
        out.append((a + b).x)
    return out


print(run(3))
V.__add__ = lambda self, o: V(self.x - o.x)
print(run(3))


def add3(self, o, extra=100):
    return V(self.x + o.x + extra)


V.__add__ = add3
print(run(2))


def add_star(self, *rest):
    return V(len(rest) + 40)


V.__add__ = add_star
print(run(2))
V.__add__ = staticmethod(lambda o: V(o.x * 7))
print(run(2))
del V.__add__
try:
    run(1)
except TypeError as e:
    print("TypeError:", e)
V.__add__ = None
try:
    run(1)
except TypeError as e:
    print("TypeError:", e)


def gen_add(self, o):
    yield self.x
    yield o.x


V.__add__ = gen_add
print([list(V(5) + V(6)) for _ in range(2)])


class Base:
    def __init__(self, x):
        self.x = x

    def __sub__(self, o):
        return type(self)(self.x - o.x)


class Mid(Base):
    pass


class Leaf(Mid):
    def __mul__(self, k):
        return Leaf(self.x * k)


v = Leaf(10) - Leaf(3)
print(type(v).__name__, v.x, (Leaf(2) * 4).x)
Base.__sub__ = lambda self, o: "replaced on the base"
print(Leaf(10) - Leaf(3), Mid(1) - Mid(1))
Mid.__sub__ = lambda self, o: "shadowed by Mid"
print(Leaf(10) - Leaf(3), Base(1) - Base(1))
del Mid.__sub__
print(Leaf(10) - Leaf(3))


# A method that closes over a variable, and one defined on an instance (an
# instance attribute is not an operator method).
def make(scale):
    class S:
        def __init__(self, x):
            self.x = x

        def __mul__(self, k):
            return S(self.x * k * scale)

    return S


S3 = make(3)
print((S3(2) * 5).x)
s = S3(1)
s.__mul__ = lambda k: "instance attribute"
print((s * 2).x)


# Operator methods calling operators: deep but bounded nesting.
class Chain:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return o
        return Chain(self.n - 1) + (o + 1)


print(Chain(300) + 0)
