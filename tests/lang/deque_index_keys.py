# A deque takes no slices: CPython's message for a slice or any other
# non-integer key, in reads, writes and deletions.
from collections import deque

d = deque([1, 2, 3])
for key in ["a", slice(0, 1), 1.5, None, True, -1]:
    try:
        print(d[key])
    except TypeError as e:
        print("get", e)
try:
    d[0:1] = [9]
except TypeError as e:
    print("set", e)
try:
    del d[::2]
except TypeError as e:
    print("del", e)
print(d)
