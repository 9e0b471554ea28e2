# expect: type=re.error line=6
import re
try:
    re.compile('ab\n(?P<x')
except re.error as e:
    raise re.error(e.msg + ' ' + str((e.pos, e.lineno, e.colno)))
