# expect: type=RecursionError line=9
# Deeply nested frozensets: hashing is flat, equality recursion is bounded.
f = frozenset()
g = frozenset()
for i in range(200000):
    f = frozenset([f])
    g = frozenset([g])
print(hash(f) == hash(g))
print(f == g)
