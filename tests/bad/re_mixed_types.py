# expect: type=TypeError line=3
import re
re.match(b'a', 'a')
