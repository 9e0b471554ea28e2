# expect: type=RecursionError line=9
# A deque holding itself prints as CPython's; comparing two such deques recurses until RecursionError.
from collections import deque
d = deque([1])
d.append(d)
print(d, len(d))
e = deque([1])
e.append(e)
print(d == e)
