# expect: type=OverflowError line=5 py=ok
# CPython 3.11 converts the interval to microseconds without a check (UB);
# gilpy's conversion overflowed to a negative interval. It is refused.
import sys
sys.setswitchinterval(float('inf'))
