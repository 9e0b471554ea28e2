# expect: type=ValueError line=5
# cmath.log(0) is a domain error
import cmath

cmath.log(0)
