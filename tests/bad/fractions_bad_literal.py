# expect: type=ValueError line=4
# fractions: a literal with two slashes is refused with CPython's message.
from fractions import Fraction
print(Fraction("1/2/3"))
