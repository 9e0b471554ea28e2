# expect: type=ZeroDivisionError line=4
# fractions: a zero denominator raises ZeroDivisionError(Fraction(1, 0)).
from fractions import Fraction
Fraction(1, 0)
