# expect: type=IndexError line=3
import re
re.sub('(?P<a>x)', r'\g<b>', 'x')
