# frozensets inside sets and dicts; power set; hashing stays CPython's.
from itertools import combinations
items = [1, 2, 3]
power = {frozenset(c) for r in range(4) for c in combinations(items, r)}
print(len(power), sorted([sorted(x) for x in power]))
print(frozenset([1, 2]) in power, frozenset() in power, {1, 2} in power)
groups = {frozenset({'a', 'b'}): 1, frozenset({'b', 'a'}): 2}
print(len(groups), groups[frozenset('ab')])
print(hash(frozenset({1, 2})), hash(frozenset({(1, 2), (3, 4)})), hash(frozenset({frozenset({1})})))
print(hash(frozenset(range(100))), hash(frozenset([-5, -1, 0])), hash(frozenset([2 ** 64])))
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(sorted([sorted(x) for x in nested]), frozenset([1, 2]) in nested)
