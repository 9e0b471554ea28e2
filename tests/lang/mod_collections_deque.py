# collections.deque: both ends, maxlen, rotate, indexing, errors.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, list(d), d.count(7), d.index(8))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d)
d[0] = 100
del d[1]
d.remove(7)
d.insert(1, 'x')
print(d, d.copy(), bool(d), bool(deque()))
m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10)
m.appendleft(-1)
print(m)
m.extend(range(5))
print(m, deque(maxlen=0))
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1, 2]) + deque([3]))
q = deque()
for i in range(5):
    q.append(i)
out = []
while q:
    out.append(q.popleft())
print(out, repr(deque()), deque('abc'))
dd = deque([1])
dd += [2, 3]
print(dd)
d.clear()
print(d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    x = deque([1, 2])
    for v in x:
        x.append(v)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
