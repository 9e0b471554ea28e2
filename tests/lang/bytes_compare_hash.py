# ordering, equality across types, hashing into sets and dicts
print(b'a' < b'b', b'a' < b'ab', b'ab' < b'b', b'' < b'a', b'abc' <= b'abc', b'b' > b'a')
print(b'a' == b'a', b'a' != b'a', b'a' == 'a', b'a' != 'a', b'\x01' == 1, b'' == None)
print(sorted([b'zeta', b'alpha', b'Beta', b'', b'alp']))
print(max([b'a', b'c', b'b']), b'x' in [b'x'], b'x' in (b'y',))
d = {b'key': 1, 'key': 2, b'k' + b'ey': 3}
print(d, len(d))
s = {b'a', b'a', b'b', bytes([97])}
print(sorted(s), len(s))
print(hash(b'abc') == hash(b'ab' + b'c'), hash(b'') == hash(b''))
print({b'x': 1}.get(bytes([120])), b'x' in {b'x'}, frozenset([b'q']))
for a, b in [(b'a', 'a'), (b'a', 1), (b'a', None)]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
