# find, index, count, startswith, endswith
b = b'abcabcabc'
print(b.find(b'c'), b.find(b'z'), b.find(b''), b.find(99), b.find(b'a', 1), b.find(b'a', 1, 3))
print(b.find(b'a', -3), b.find(b'', 20), b.find(b'', 9), b.index(b'bc'), b.index(98, 2))
print(b.count(b'a'), b.count(b'abc'), b.count(b''), b.count(97), b.count(b'a', 1), b.count(b'z'))
print(b.startswith(b'abc'), b.startswith(b'bc'), b.startswith(b'bc', 1), b.startswith((b'x', b'ab')))
print(b.endswith(b'abc'), b.endswith(b'ab'), b.endswith(b'ab', 0, 2), b.endswith(()), b.endswith(b''))
for bad in [lambda: b.index(b'z'), lambda: b.find('a'), lambda: b.find(256), lambda: b.startswith('a'),
            lambda: b.startswith(('a',)), lambda: b.count(), lambda: b.endswith([b'c'])]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
