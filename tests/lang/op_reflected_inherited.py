# A subclass operand's reflected method goes first only if its class
# provides one other than the left operand's class's (CPython's rule).
class A:
    def __add__(self, o):
        print("A.__add__", type(self).__name__, type(o).__name__)
        return NotImplemented

    def __radd__(self, o):
        print("A.__radd__", type(self).__name__, type(o).__name__)
        return "A.radd"

    def __mul__(self, o):
        print("A.__mul__")
        return "A.mul"


class B(A):
    pass


class C(A):
    def __radd__(self, o):
        print("C.__radd__")
        return "C.radd"


class D(A):
    def __rmul__(self, o):
        print("D.__rmul__")
        return NotImplemented


print(A() + B())
print(A() + C())
print(A() * D())
print(B() + C())
a = A()
a += B()
print(a)


class I(int):
    pass


class J(int):
    def __radd__(self, o):
        return "J.radd"


print(1 + I(2), type(1 + I(2)).__name__, 1 + J(3))
