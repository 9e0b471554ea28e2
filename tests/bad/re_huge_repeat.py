# expect: type=OverflowError line=3
import re
re.compile('a{4294967296}')
