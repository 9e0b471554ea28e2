# frozenset: hashing like CPython's, use as dict keys and set members, immutability.
f = frozenset([1, 2, 3])
g = frozenset({3, 2, 1})
print(f == g, hash(f) == hash(g), hash(f))
print(hash(frozenset()), hash(frozenset([0])), hash(frozenset([-1, -2])))
print(hash(frozenset([frozenset([1]), frozenset([2, 3])])))
print(hash(frozenset([(1, 2), (3, 4)])))
d = {f: 'a', frozenset(): 'empty'}
print(d[g], d[frozenset()], frozenset([3, 1, 2]) in d)
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(s), sorted([len(x) for x in s]))
print(frozenset([1, 2]) | frozenset([3]), type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__)
print(f.copy() is f, frozenset(f) is f, f.union([9]), f.intersection([1, 9]))
print(f.difference([1]), f.symmetric_difference([1, 10]))
print(f.issubset(range(5)), f.issuperset([1]), f.isdisjoint([7]))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
print({1, 2} == frozenset([1, 2]), frozenset([1]) < {1, 2}, {1} in [frozenset([1])])
s = {1, 2}
print(s in {frozenset([1, 2])}, {frozenset([1, 2]): 5}.get(frozenset(s)))
t = {frozenset([1, 2])}
t.discard({1, 2})
print(t)
print(repr(frozenset()), str(frozenset([5])), frozenset(range(10)))
