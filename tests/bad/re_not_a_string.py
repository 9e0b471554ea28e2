# expect: type=TypeError line=3
import re
re.search('a', 42)
