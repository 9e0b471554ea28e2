# deque: extendleft order, rotation round trips, maxlen on both ends, in-place ops.
from collections import deque
d = deque()
d.extendleft([1, 2, 3])
print(d)
d.rotate(1)
d.rotate(-1)
print(d, d == deque([3, 2, 1]))
m = deque([1, 2, 3], maxlen=3)
m.appendleft(0)
print(m)
m.extend([9])
print(m, m.maxlen)
m.insert(0, 5) if False else None
e = deque(range(5))
e.rotate(7)
print(e, e.count(3), e[2], e[-2])
del e[0]
e[0] = 'x'
print(e, len(e), list(reversed(list(e))))
f = deque("abc")
f += "de"
print(f, f.pop(), f.popleft(), f)
print(deque([1, 2]) != deque([1, 2]), deque([1, 2, 3]) > deque([1, 2]), deque() == deque([]))
