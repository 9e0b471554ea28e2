# Graph algorithms with sets: connected components, clique check, degrees.
edges = [(1, 2), (2, 3), (3, 1), (4, 5), (6, 6), (7, 8), (8, 9), (9, 7), (9, 10)]
adj = {}
for a, b in edges:
    adj.setdefault(a, set()).add(b)
    adj.setdefault(b, set()).add(a)
seen = set()
comps = []
for v in sorted(adj):
    if v in seen:
        continue
    comp, stack = set(), [v]
    while stack:
        x = stack.pop()
        if x in comp:
            continue
        comp.add(x)
        stack.extend(adj[x] - comp)
    seen |= comp
    comps.append(sorted(comp))
print(comps)
tri = {frozenset((a, b, c)) for a in adj for b in adj[a] for c in adj[b] if a in adj[c] and len({a, b, c}) == 3}
print(sorted([sorted(t) for t in tri]))
print({v: len(n) for v, n in adj.items()}, set.union(set(), adj[1], adj[9]), set().union(adj[4], adj[5]))
print(adj[1] & adj[2], adj[9] - adj[8], adj[7] ^ adj[8], adj[1].isdisjoint(adj[4]))
