# deque * n, n * deque, deque *= n (bounded by maxlen) and reversed(deque).
from collections import deque

d = deque([1, 2, 3])
print(d * 2, 2 * d, d * 0, d * -1, d * True, deque() * 5)
b = deque("abc", maxlen=4)
print(b * 2, b * 1, 3 * b)
before = d
d *= 2
print(d, d is before)
d *= 0
print(d, d is before)
b *= 5
print(b)


class N:
    def __index__(self):
        return 2


print(deque([0]) * N())
it = reversed(deque([1, 2, 3]))
print(type(it).__name__, list(it), list(reversed(deque())), next(reversed(b)))
r = deque(range(4))
print([x for x in reversed(r)], list(r.__reversed__()))
rev = reversed(r)
r.append(9)
try:
    next(rev)
except RuntimeError as e:
    print(e)
for bad in ("x", 1.0, None):
    try:
        deque([1]) * bad
    except TypeError as e:
        print(e)
