# expect: type=OverflowError line=5
# cmath.exp of a large real part overflows
import cmath

cmath.exp(1000 + 1j)
