# fractions: user Rationals and Integrals as operands, negative bases to
# fractional powers, exact sums used by tutorials, sorting and dict keys.
from fractions import Fraction as F
import numbers, math
from _fraction_checks import t
class Third(numbers.Rational):
    numerator = 1
    denominator = 3
    def __repr__(self): return 'Third()'
    for _n in ('__abs__', '__add__', '__ceil__', '__eq__', '__floor__', '__floordiv__', '__le__', '__lt__',
               '__mod__', '__mul__', '__neg__', '__pos__', '__pow__', '__radd__', '__rfloordiv__',
               '__rmod__', '__rmul__', '__round__', '__rpow__', '__rtruediv__', '__truediv__', '__trunc__'):
        locals()[_n] = lambda self, *a: NotImplemented
    del _n
th = Third()
t(lambda: F(th)); t(lambda: F(th, th)); t(lambda: F(2, th)); t(lambda: F(1, 2) == th); t(lambda: F(1, 3) == th)
t(lambda: F(1, 2) < th); t(lambda: F(1, 4) <= th); t(lambda: th + F(1, 2)); t(lambda: th * F(3)); t(lambda: th ** F(2))
t(lambda: F(-1) ** 0.5); t(lambda: F(-8) ** F(1, 3)); t(lambda: (-8) ** F(1, 3)); t(lambda: F(-1, 4) ** F(1, 2))
t(lambda: 2 ** F(10)); t(lambda: F(2) ** 100); t(lambda: F(3, 5) ** -3); t(lambda: F(-3, 5) ** -3); t(lambda: 0.5 ** F(2))
t(lambda: F(True)); t(lambda: F(False, True)); t(lambda: F('1e100') == 10 ** 100); t(lambda: F('-1E-5'))
t(lambda: F('0.000_001')); t(lambda: F(' +12.5e+2 ')); t(lambda: F('1.5e-3/2')); t(lambda: F('3.', ))
total = sum(F(1, 2 ** k) for k in range(1, 30))
print(total, 1 - total, float(total))
probs = [F(1, 6)] * 6
print(sum(probs), sum(p * k for p, k in zip(probs, range(1, 7))))
print(sorted([F(1, 3), F(1, 4), F(2, 7), F(-1, 2)]), {F(1, 2): 1, F(2, 4): 2})
print([F(n, 12) for n in range(13)])
print(F(22, 7) - F(math.pi).limit_denominator(10), F(math.pi).limit_denominator(10 ** 9))
print(F(0.1), F(0.1).limit_denominator(), F.from_float(1e-300).denominator.bit_length())
print(math.floor(F(-1, 3)), math.ceil(F(-1, 3)), round(F(-1, 2)), round(F(1, 2)), round(F(3, 2)), round(F(-3, 2)))
print(round(F(2675, 1000), 2), round(F(-2675, 1000), 2), round(F(125), -1), round(F(135), -1))
print(isinstance(F(1), numbers.Number), issubclass(F, numbers.Complex), F(3).__index__ if hasattr(F(3), '__index__') else 'no index')
