# set/frozenset basics: construction, operators, methods, repr order of ints.
s = set([3, 1, 2, 100, 8, 16])
print(s, len(s), 3 in s, 5 in s)
s.add(7); s.discard(1); print(s)
print(set(), frozenset(), frozenset([1, 2]))
a = set(range(10)); b = set(range(5, 15))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, a < a | b, a == set(range(10)), a != b)
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([(1, 2), 3])))
print(sorted(a.union([20, 30], (40,))), a.intersection(b, range(7)), a.difference([1, 2]))
x = set(range(20))
for i in range(0, 20, 3): x.remove(i)
print(x, x.pop(), x.pop(), x)
x.update(range(100, 140)); print(x)
print({frozenset([1]): 2}, frozenset([1]) in {frozenset([1])}, set([1]) in {frozenset([1])})
print(set([-1, -2, 2**62, 2**64, 1.5, True]))
y = set(range(50)); y -= set(range(0, 50, 2)); print(y)
y &= {1, 3, 5, 7, 1001}; print(y)
y ^= {5, 9}; print(y)
print(set("a"), frozenset({1, 2}) | {3}, {3} | frozenset({1}))
try:
    set([[1]])
except TypeError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {1} | [2]
except TypeError as e:
    print(e)
try:
    {1}.remove(2)
except KeyError as e:
    print(repr(e))
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint([2]), {1, 2}.symmetric_difference([2, 3]))
