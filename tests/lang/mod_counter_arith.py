# Counter arithmetic, updates with mappings, elements order, comparisons.
from collections import Counter
a = Counter(a=4, b=2, c=0, d=-2)
b = Counter(a=1, b=3, e=5)
print(a + b, a - b, b - a, a | b, a & b)
a.update(b)
print(a, a.total())
a.subtract({'a': 10, 'z': 1})
print(a, sorted(a.elements()))
c = Counter("the rain in spain stays mainly in the plain".split())
print(c.most_common(3), c["in"], c["nope"], "nope" in c)
c2 = c.copy()
c2["in"] = 0
del c2["the"]
print(len(c), len(c2), c2["in"], c2.most_common(2))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter("ab") == Counter("ba"), list(Counter("bca")))
