# set.pop order and the search finger, interleaved with adds (CPython's order).
s = set(range(20, 0, -3))
out = []
while len(s) > 2:
    out.append(s.pop())
    if len(out) == 3:
        s.add(100)
        s.add(1)
print(out, s)
t = {1, 9, 17, 25, 33}
print([t.pop() for _ in range(3)], t)
f = frozenset({5, 3, 1})
print(sorted(f), list(f), set(f), f | {0}, {0} | f)
