# set methods: the *_update forms, pop order, clear, copy, errors.
s = set(range(10))
s.intersection_update(range(3, 20), [3, 4, 5, 6, 100])
print(s)
s.difference_update([4], (5,))
print(s)
s.symmetric_difference_update([6, 7, 8])
print(s)
s.update([1], {2: 'x'}, range(40, 45))
print(s)
c = s.copy()
c.add(1000)
print(s, c, len(c))
out = []
while c:
    out.append(c.pop())
print(out)
s.clear()
print(s, len(s), bool(s), bool({0}))
s = set()
for i in range(30):
    s.add(i * 7 % 31)
print(s)
for i in range(0, 31, 2):
    s.discard(i)
print(s)
s.add(2)
print(s)
big = set(range(1000))
big -= set(range(10, 1000))
print(big)
try:
    set(1)
except TypeError as e:
    print("TypeError:", e)
try:
    set([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    s.add()
except TypeError as e:
    print("TypeError:", e)
try:
    s.issubset()
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
try:
    {1} - 1
except TypeError as e:
    print("TypeError:", e)
try:
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sum({1, 2, 3}), min({4, 2, 9}), max(frozenset([4, 2, 9])), sorted({3, 1, 2}, reverse=True))
print(list({10, 20, 30}), tuple(frozenset([7, 8])), isinstance({1}, set), isinstance(frozenset(), frozenset))
e = enumerate({100, 200})
print(list(e))
