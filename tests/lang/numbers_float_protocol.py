# Instances that define __float__, __int__ or __index__ (Fraction among
# them) as arguments to math's functions and to %-formatting, as CPython's
# PyFloat_AsDouble and its %d/%x/%f conversions take them.
import math
from fractions import Fraction


class Meters:
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)


class Count:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v


class Whole:
    def __int__(self): return 42


class BadFloat:
    def __float__(self): return 'nope'


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for f in [lambda: math.sqrt(Meters(2.25)), lambda: math.sqrt(Fraction(9, 4)), lambda: math.log(Fraction(1, 8), 2),
          lambda: math.isclose(Fraction(1, 3), 1 / 3), lambda: math.fsum([Fraction(1, 10)] * 10),
          lambda: math.hypot(Fraction(3), Meters(4)), lambda: math.sin(Count(0)), lambda: math.exp(Whole()),
          lambda: math.sqrt(BadFloat()), lambda: math.sqrt('x'), lambda: math.copysign(Fraction(1, 2), -0.0),
          lambda: '%.3f %e %g' % (Fraction(1, 3), Meters(1500), Fraction(7, 2)),
          lambda: '%d %i %u' % (Fraction(-7, 2), Whole(), Count(5)), lambda: '%x %o %X' % (Count(255), Count(8), Count(171)),
          lambda: '%x' % Fraction(3), lambda: '%d' % Meters(2), lambda: '%f' % BadFloat(), lambda: '%5.1f|%-6d|' % (Meters(2.25), Fraction(9, 2)),
          lambda: '%(a).2f' % {'a': Fraction(2, 3)}, lambda: b'%.1f' % Fraction(1, 4)]:
    show(f)
