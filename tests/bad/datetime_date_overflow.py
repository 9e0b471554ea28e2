# expect: type=OverflowError line=4
from datetime import date, timedelta
print(date.max)
print(date.max + timedelta(days=1))
