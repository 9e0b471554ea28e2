# fractions: constructing from ints, floats, strings (CPython's literal
# grammar and errors), from_float/from_decimal, limit_denominator, and
# every operator with Fraction, int, float, complex and zero operands.
from fractions import Fraction as F
import fractions, math
from _fraction_checks import t
for s in ["3/4", " -1.5e-2 ", "1.", "1.e5", "1_0/2_0", "1__0", ".5", "+.5", "-0", "5e-3", "1.d", "1.D", "x", "", " ", "1/", "/2", "1 /2", "1/ 2", "1.2.3", "1e", "1e+", "-1E+3", "1_000.000_1", "3/0", "0/5", "12/-3", "\t7\n", "1.5/2", "١٢", "inf", "nan", "1_", "_1", "1._5", "1.5_"]:
    t(lambda: F(s))
for args in [(), (7,), (6, 4), (-6, 4), (6, -4), (0, -3), (1, 0), (0, 0), (1.5,), (0.1,), (-2.75,), (F(1,3),), (F(1,3), F(2,5)), (True,), (True, 2), (1.5, 2), (1, 2.0), (None,), ([],), (float('inf'),), (float('nan'),), (3, F(2,7))]:
    t(lambda: F(*args))
t(lambda: F(1, 2, _normalize=False))
t(lambda: F.from_float(0.3)); t(lambda: F.from_float(3)); t(lambda: F.from_float('a')); t(lambda: F.from_float(float('inf')))
t(lambda: F.from_decimal(3)); t(lambda: F.from_decimal(1.5))
t(lambda: F(3, 4).as_integer_ratio()); t(lambda: (0.75).as_integer_ratio()); t(lambda: (7).as_integer_ratio())
pi = F(math.pi)
for m in [1, 2, 10, 100, 1000, 10**6]:
    t(lambda: pi.limit_denominator(m))
t(lambda: F(3, 2).limit_denominator(1)); t(lambda: F(5, 2).limit_denominator(1)); t(lambda: F(1, 3).limit_denominator(0))
t(lambda: F('3.1415926535897932').limit_denominator(1000))
a, b = F(3, 4), F(-5, 6)
for op in ['+', '-', '*', '/', '//', '%', '**', '<', '<=', '>', '>=', '==', '!=']:
    for x, y in [(a, b), (b, a), (a, 2), (2, a), (a, 0.5), (0.5, a), (a, 1j), (1j, a), (a, True), (b, -3), (a, 0), (0, a), (F(0), -1), (b, F(0))]:
        try:
            r = eval('x %s y' % op)
            print(x, op, y, '=', type(r).__name__, r)
        except Exception as e:
            print(x, op, y, type(e).__name__, e)
for x, y in [(a, b), (7, a), (a, 2), (a, 0.3), (2.5, a), (-a, F(1, 7))]:
    t(lambda: divmod(x, y))
t(lambda: divmod(a, 0))
for base, e in [(a, 2), (a, -2), (b, -3), (b, 3), (a, 0), (F(4), F(1, 2)), (a, 0.5), (2, F(3)), (2, F(-2)), (F(2), F(-2)), (2, F(1, 2)), (2.0, F(1, 2)), (4, F(1,2)), (F(-8), F(1, 3)), (a, 1j), (F(0), -1), (1j, F(2)), (F(9, 4), F(1, 2))]:
    t(lambda: base ** e)
    t(lambda: pow(base, e))
