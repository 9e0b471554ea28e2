# expect: ok
# Hostile strptime input: long data, long formats, NULs, odd characters,
# repeated whitespace; each must fail (or parse) cleanly and quickly.
import time
from datetime import datetime
cases = [('1' * 100000, '%Y'), ('2023', '%Y' + ' ' * 50000), (' ' * 50000 + '2023', ' %Y'),
         ('\0', '%Y'), ('2023\0', '%Y\0'), ('%' * 1000, '%%' * 500), ('\u00e9t\u00e9', '%B'),
         ('-' * 30000 + '2023', '-' * 30000 + '%Y'), ('9' * 30, '%Y%m%d%H%M%S%f'), ('', ''),
         ('+99:99', '%z'), ('-00:00:00.0000001', '%z'), ('\U0001f600', '%a'),
         ('a' * 40000, 'A' * 39999 + '%p'), ('x', '%'), ('x', '% '), ('x', '%\u00e9'),
         ('2023-13-45', '%Y-%m-%d'), ('0000', '%Y'), ('99991231 235959', '%Y%m%d %H%M%S')]
for data, fmt in cases:
    for parse in (time.strptime, datetime.strptime):
        try:
            r = parse(data, fmt)
            print(str(r)[:60])
        except ValueError as e:
            print('ValueError', str(e)[:80])
