# bytes as keys, in sets, sorted, and copied
import copy
cache = {}
for key in [b'a', b'b', b'a', bytes([97]), b'c']:
    cache[key] = cache.get(key, 0) + 1
print(cache, sorted(cache), sorted(cache.items()))
s = set([b'x', b'y']) | {b'x', b'z'}
print(sorted(s), b'z' in s, len(s))
b = b'immutable'
print(copy.copy(b) == b, copy.deepcopy([b]) == [b], tuple(sorted({b'b': 1, b'a': 2}.keys())))
print([b'a', b'b'].index(b'b'), [b'a', b'a'].count(b'a'), (b'x', 1) < (b'y', 0))
