# expect: type=ValueError line=4
# fractions: limit_denominator needs a bound of at least 1.
from fractions import Fraction
Fraction(1, 3).limit_denominator(0)
