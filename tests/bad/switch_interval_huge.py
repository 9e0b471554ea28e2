# expect: type=OverflowError line=4 py=ok
# 1e300 s in microseconds does not fit an int64 (see switch_interval_inf.py).
import sys
sys.setswitchinterval(1e300)
