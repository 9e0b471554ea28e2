# numbers: the ABCs' abstract methods, the builtins registered (bool
# through int), the mixins of a user Integral, instantiation refused.
import numbers
from numbers import Number, Complex, Real, Rational, Integral
for v in [3, True, 1.5, 1j, "x", None, [1]]:
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
for c in (Number, Complex, Real, Rational, Integral):
    print(c.__name__, sorted(c.__abstractmethods__))
print(issubclass(int, Real), issubclass(float, Integral), issubclass(bool, Number))
try:
    Real()
except TypeError as e:
    print(e)
class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return f"MyInt({self.v})"
    def __add__(s, o): return MyInt(s.v + int(o))
    __radd__ = __add__
    def __neg__(s): return MyInt(-s.v)
    def __pos__(s): return MyInt(s.v)
    def __mul__(s, o): return MyInt(s.v * int(o))
    __rmul__ = __mul__
    def __truediv__(s, o): return s.v / int(o)
    def __rtruediv__(s, o): return int(o) / s.v
    def __pow__(s, e, m=None): return MyInt(pow(s.v, int(e), m))
    def __rpow__(s, b): return b ** s.v
    def __abs__(s): return MyInt(abs(s.v))
    def __eq__(s, o): return s.v == int(o)
    def __trunc__(s): return s.v
    def __floor__(s): return s.v
    def __ceil__(s): return s.v
    def __round__(s, n=None): return s.v
    def __floordiv__(s, o): return MyInt(s.v // int(o))
    def __rfloordiv__(s, o): return MyInt(int(o) // s.v)
    def __mod__(s, o): return MyInt(s.v % int(o))
    def __rmod__(s, o): return MyInt(int(o) % s.v)
    def __lt__(s, o): return s.v < int(o)
    def __le__(s, o): return s.v <= int(o)
    def __lshift__(s, o): return MyInt(s.v << int(o))
    def __rlshift__(s, o): return MyInt(int(o) << s.v)
    def __rshift__(s, o): return MyInt(s.v >> int(o))
    def __rrshift__(s, o): return MyInt(int(o) >> s.v)
    def __and__(s, o): return MyInt(s.v & int(o))
    def __rand__(s, o): return MyInt(int(o) & s.v)
    def __xor__(s, o): return MyInt(s.v ^ int(o))
    def __rxor__(s, o): return MyInt(int(o) ^ s.v)
    def __or__(s, o): return MyInt(s.v | int(o))
    def __ror__(s, o): return MyInt(int(o) | s.v)
    def __invert__(s): return MyInt(~s.v)
m = MyInt(7)
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m), float(m), complex(m))
print(m.real, m.imag, m.conjugate(), m.numerator, m.denominator, bool(m), bool(MyInt(0)))
print([10, 20, 30, 40, 50, 60, 70, 80][m], isinstance(m, Real), isinstance(m, int))
class Half(Rational):
    numerator = 1
    denominator = 2
print(sorted(Half.__abstractmethods__)[:5], len(Half.__abstractmethods__))
class R(Real):
    pass
try:
    R()
except TypeError as e:
    print(e)
print(numbers.__all__)
print(Number.__hash__)
