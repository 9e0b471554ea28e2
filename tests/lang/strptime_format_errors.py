# strptime's errors in CPython's order: a stray '%' quoted as is, every bad
# directive before a repeated one, which is CPython's re.error (its
# message's group numbers and position are its regex's: not compared).
import re
import time
from datetime import datetime
for s, f in [('x', 'x%'), ('a\x00', 'a\x00%'), ('2024 2024', '%Y %Y'), ('1', '%Y-0\x00%Y-%m-%23'),
             ('12 12', '%H %H'), ('1', '%d %q %d')]:
    for fn in (datetime.strptime, time.strptime):
        try:
            print(fn(s, f))
        except ValueError as e:
            print('ValueError', e)
        except re.error as e:
            print('re.error', str(e).split(' as group')[0])
