# expect: type=TypeError line=4
# fractions: a float denominator is not a Rational.
from fractions import Fraction
Fraction(3, 1.5)
