# Operator methods that return NotImplemented: the protocol goes on with the
# reflected method, the in-place method falls back to the plain one, and a
# subclass's reflected method goes first.
class A:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("A.__add__", type(o).__name__)
        if isinstance(o, A):
            return A(self.v + o.v)
        return NotImplemented

    def __radd__(self, o):
        print("A.__radd__", type(o).__name__)
        return NotImplemented

    def __sub__(self, o):
        return NotImplemented

    def __repr__(self):
        return "A(%r)" % (self.v,)


class B:
    def __init__(self, v):
        self.v = v

    def __radd__(self, o):
        print("B.__radd__", type(o).__name__)
        return B(o.v * 10 + self.v)

    def __rsub__(self, o):
        return "B.__rsub__"

    def __repr__(self):
        return "B(%r)" % (self.v,)


class C(A):
    def __radd__(self, o):
        print("C.__radd__", type(o).__name__)
        return C(-o.v)


print(A(1) + A(2))
print(A(1) + B(2))
print(A(3) - B(4))
print(A(1) + C(5))
for bad in (lambda: A(1) + 1, lambda: A(1) - A(2), lambda: A(1) + "s", lambda: 1 + A(2)):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)


class I:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        print("I.__iadd__")
        if o == 0:
            return NotImplemented
        self.v += o
        return self

    def __add__(self, o):
        print("I.__add__")
        if o == 1:
            return NotImplemented
        return I(self.v + o)

    def __radd__(self, o):
        return I(o * 100 + self.v)

    def __isub__(self, o):
        return NotImplemented


x = I(1)
y = x
x += 5
print(x.v, x is y)
x += 0
print(x.v, x is y)
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
try:
    x -= 1
except TypeError as e:
    print("TypeError:", e)
z = I(2)
z += I(3)
print(type(z).__name__, type(z.v).__name__, z.v.v)


# NotImplemented from a subclass of a built-in: the built-in's operator runs.
class N(int):
    def __add__(self, o):
        if o == 7:
            return NotImplemented
        return N(int(self) * 1000 + o)

    def __mul__(self, o):
        return NotImplemented


print(N(2) + 3, N(2) + 7, N(2) * 5, type(N(2) * 5).__name__)


class L(list):
    def __iadd__(self, o):
        return NotImplemented


lst = L([1])
alias = lst
lst += [2]
print(lst, type(lst).__name__, alias, lst is alias)


class M(list):
    pass


m = M([1])
alias = m
m += [2]
print(m, type(m).__name__, m is alias)


# Returning NotImplemented from a loop many times (a fast path must not leak).
total = 0
for i in range(2000):
    total = total + (A(i) + B(1)).v
print(total)
