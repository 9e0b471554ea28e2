# defaultdict of sets/lists/ints: adjacency, grouping, counting.
from collections import defaultdict
pairs = [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"), ("e", "a")]
g = defaultdict(set)
for x, y in pairs:
    g[x].add(y)
    g[y].add(x)
print({k: sorted(v) for k, v in sorted(g.items())})
deg = defaultdict(int)
for x, y in pairs:
    deg[x] += 1
    deg[y] += 1
print(sorted(deg.items()), max(deg, key=deg.get), max(deg.values()))
groups = defaultdict(list)
for w in "one two three four five six seven".split():
    groups[len(w)].append(w)
print(dict(groups), groups[10], len(groups), 10 in groups)
nested = defaultdict(dict)
nested["x"]["y"] = 1
nested["x"]["z"] = 2
print(nested, nested.default_factory)
