# expect: type=ZeroDivisionError line=4
# fractions: a zero denominator in a string literal too.
from fractions import Fraction
Fraction(" 3/0 ")
