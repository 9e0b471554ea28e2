# Set methods with non-set iterables, dicts, strings, ranges and generators of values.
a = {1, 2, 3, 4}
print(a.union(range(3, 7)), a.intersection([2, 4, 6]), a.difference({1: 'x', 9: 'y'}))
print(a.symmetric_difference((4, 5)), a.issubset(range(10)), a.issuperset("") , a.isdisjoint([]))
print(a.intersection(), a.union(), a.difference(), {1, 2} & {2, 3} & {2, 4})
s = set("hello world")
print(sorted(s), sorted(s - set("lo")), len(s))
d = dict.fromkeys([3, 1, 2]) if False else {3: None, 1: None, 2: None}
print(set(d), set(d.items()) if False else set(d.keys()), set(d.values()))
b = set()
b.update([1, 2], (3,), {4: 0}, range(5, 7))
b.difference_update([1], [2])
b.intersection_update(range(10), [3, 4, 5, 6, 7])
b.symmetric_difference_update({6, 8})
print(b, b <= {3, 4, 5, 8, 9}, b < b, b >= set(), b > {3})
print({1, 2} == {2, 1}, {1} != {1}, set() == frozenset(), {frozenset()} == {frozenset()})
