# expect: ok time=20
# exponential backtracking takes long (as in CPython) but ends, no crash
import re
print(re.match('(a*)*b', 'a' * 22), re.match('(a|aa)*c', 'a' * 24))
