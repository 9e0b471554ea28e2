# dict_keys and dict_items are sets: -, &, |, ^ with any iterable on either
# side, comparisons with sets and views, isdisjoint; reversed() of every
# view. (Sets of str-holding items are sorted before printing: gilpy's str
# hashes are not CPython's, so their order in a set differs.)
d = {1: 10, 2: 20, 3: 30, 40: 400}
e = {2: 20, 4: 40, 40: 0}


def t(f):
    try:
        r = f()
        print(sorted(r) if isinstance(r, set) and any(isinstance(x, tuple) for x in r) else r)
    except Exception as x:
        print(type(x).__name__, x)


t(lambda: d.keys() - {1})
t(lambda: d.keys() & e.keys())
t(lambda: e.keys() & d.keys())
t(lambda: d.keys() | e.keys())
t(lambda: d.keys() ^ e.keys())
t(lambda: {1, 9} - d.keys())
t(lambda: {1, 9} | d.keys())
t(lambda: {1, 9, 2, 3, 40, 50} & d.keys())
t(lambda: {2} & d.keys())
t(lambda: [2, 7] & d.keys())
t(lambda: (7, 3, 1) | d.keys())
t(lambda: range(5) ^ d.keys())
t(lambda: d.keys() - range(3))
t(lambda: d.items() - e.items())
t(lambda: d.items() & e.items())
t(lambda: d.items() & {(2, 20)})
t(lambda: d.items() | [(9, 90)])
t(lambda: d.items() ^ {(2, 20), (5, 50)})
t(lambda: d.keys() == {1, 2, 3, 40})
t(lambda: {1, 2, 3, 40} == d.keys())
t(lambda: d.keys() != {1})
t(lambda: d.keys() < {1, 2, 3, 40, 5})
t(lambda: d.keys() <= d.keys())
t(lambda: d.keys() > {1, 2})
t(lambda: d.keys() >= {1, 99})
t(lambda: {1, 2} < d.keys())
t(lambda: frozenset({1, 2, 3, 40}) == d.keys())
t(lambda: d.keys() == [1, 2, 3, 40])
t(lambda: d.items() == {(1, 10), (2, 20), (3, 30), (40, 400)})
t(lambda: d.items() > {(1, 10)})
t(lambda: d.items() < d.items())
t(lambda: d.keys() == d.items())
t(lambda: d.keys().isdisjoint([7, 8]))
t(lambda: d.keys().isdisjoint(iter([7, 3])))
t(lambda: d.keys().isdisjoint(d.keys()))
t(lambda: {}.keys().isdisjoint({}.keys()))
t(lambda: d.keys().isdisjoint({5, 6, 7, 8, 9, 10, 11}))
t(lambda: d.items().isdisjoint(e.items()))
t(lambda: d.items().isdisjoint([(1, 10)]))
t(lambda: d.keys().isdisjoint(5))
t(lambda: d.values() - {1})
t(lambda: d.keys() - 5)
t(lambda: d.keys() + {1})
t(lambda: d.keys() & [[1]])
t(lambda: {'x': [1]}.items() - {('x', 2)})
t(lambda: {'x': [1]}.items() & {('x', 2)})
t(lambda: d.keys() - d.keys())
t(lambda: list(reversed(d.keys())))
t(lambda: list(reversed(d.values())))
t(lambda: list(reversed(d.items())))
t(lambda: list(reversed({}.keys())))
k = d.keys()
k -= {1}
print(k, type(k).__name__)
k = d.keys()
k |= {99}
print(k, type(k).__name__, d)
