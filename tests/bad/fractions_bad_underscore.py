# expect: type=ValueError line=4
# fractions: an underscore must sit between digits.
from fractions import Fraction
print(Fraction("1_/2"))
