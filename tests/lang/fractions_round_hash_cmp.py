# fractions: round/floor/ceil/trunc, hash equal to float's and int's,
# comparisons with inf and nan, format, copy, subclasses, math functions.
from fractions import Fraction as F
import math, copy, numbers
from _fraction_checks import t
vals = [F(1, 2), F(-1, 2), F(3, 2), F(5, 2), F(-5, 2), F(7, 3), F(-7, 3), F(0), F(10), F(-10, 4), F(12345, 1000), F(-12355, 1000)]
for v in vals:
    print(v, round(v), math.floor(v), math.ceil(v), math.trunc(v), int(v), float(v), complex(v), bool(v))
    print(' ', round(v, 1), round(v, 2), round(v, -1), round(v, 0), type(round(v, 0)).__name__)
    print(' ', hash(v), hash(v) == hash(float(v)), abs(v), -v, +v, str(v), repr(v))
    print(' ', v.numerator, v.denominator, v.real, v.imag, v.conjugate())
for x in [F(1, 3), F(2**70, 3), F(-1, 2**61 - 1), F(1, (2**61 - 1) * 2), F(-7, 2**61 - 1), F(10**30)]:
    print(hash(x))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)) == hash(-1))
print({F(1, 2): 'a', 0.5: 'b', F(2): 'c', 2: 'd'})
inf, nan = float('inf'), float('nan')
for x in [inf, -inf, nan, 0.5, 1e300, -0.0]:
    h = F(1, 2)
    print(x, h < x, h > x, h <= x, h >= x, h == x, h != x, x < h, x == h)
print(F(1, 2) == complex(0.5, 0), F(1, 2) == 0.5 + 1j, F(1,2) == 'a', F(1, 2) != None)
print(sorted([F(1, 3), 0.3, 1, F(-1, 2), -1, 0.25]))
print(max(F(1, 3), F(2, 5)), min(F(1, 3), 0.3), sum([F(1, n) for n in range(1, 11)]))
print(sum([F(1, 10)] * 10) == 1, sum([0.1] * 10) == 1)
t(lambda: F(1, 2) < 'a')
t(lambda: F(1, 2) + 'a')
t(lambda: 'a' * F(2))
t(lambda: [1, 2, 3][F(1)])
t(lambda: format(F(1, 3), ''))
t(lambda: format(F(1, 3), '.2f'))
t(lambda: f"{F(1, 3)}|{F(-4, 6)!r}|{F(5):>6}")
t(lambda: '%s %r' % (F(1, 3), F(2, 3)))
c = F(3, 7)
print(copy.copy(c) is c, copy.deepcopy(c) is c, c.__reduce__())
class MyF(F):
    pass
m = MyF(3, 9)
print(repr(m), type(m + 1).__name__, type(+m).__name__, repr(copy.copy(m)), isinstance(m, numbers.Rational))
print(isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Integral), isinstance(F(1), numbers.Real))
t(lambda: F(1, 2).foo)
t(lambda: setattr(F(1, 2), 'x', 1))
t(lambda: F(1, 2).is_integer())
print(F(3, 4) * 4 == 3, 3 == F(6, 2), F(1, 3) + F(1, 6), F(1,3) - 1, 1 - F(1, 3), F(2, 3) * F(3, 2))
t(lambda: F(5, 3) // F(1, 2)); t(lambda: F(5, 3) % F(1, 2)); t(lambda: -F(5, 3) % 1); t(lambda: 5 % F(3, 2)); t(lambda: 5.5 // F(3, 2)); t(lambda: F(1) / 0.0)
t(lambda: F(7, 2) // 0); t(lambda: F(7, 2) % 0); t(lambda: 1 / F(0))
t(lambda: math.floor(F(-7, 2))); t(lambda: math.fsum([F(1, 3), F(2, 3)])); t(lambda: math.isclose(F(1, 3), 1/3))
t(lambda: math.sqrt(F(9, 4))); t(lambda: F(10**400, 3) / 7)
t(lambda: float(F(10**400, 10**399 + 1))); t(lambda: float(F(1, 10**400)))
t(lambda: F(2, 3).__floor__()); t(lambda: F(5, 4).__round__(1))
print(F.__name__, F.__module__, F.__doc__.split('\n')[0])
print(F.__add__.__name__, F.__rtruediv__.__name__, F.__rdivmod__.__name__)
print(F(1, 3).__add__(1.5), F(1, 3).__add__('x'))
