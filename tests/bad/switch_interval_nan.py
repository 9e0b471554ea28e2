# expect: type=ValueError line=4 py=ok
# NaN is not strictly positive (CPython 3.11 lets it through to a UB cast).
import sys
sys.setswitchinterval(float('nan'))
