# expect: type=re.error line=3
import re
re.compile('(?P<a>x)(?P=b)')
