# expect: type=OverflowError line=4
from datetime import timedelta
print(timedelta.max)
print(timedelta.max + timedelta(microseconds=1))
