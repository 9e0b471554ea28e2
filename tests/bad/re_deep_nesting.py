# expect: type=RecursionError line=4
# 10 000 nested groups: a clean RecursionError, as CPython's parser gives
import re
re.compile('(' * 10000 + 'a' + ')' * 10000)
