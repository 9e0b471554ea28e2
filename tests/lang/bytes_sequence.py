# len, indexing gives ints, slicing gives bytes, iteration
b = b'hello world'
print(len(b), b[0], b[-1], b[4], type(b[0]).__name__)
print(b[1:4], b[:5], b[6:], b[::-1], b[::2], b[-3:], b[5:2], b[100:], b[1:8:3])
print(list(b[:3]), tuple(b'ab'), [x for x in b'xyz'], sum(b'\x01\x02\x03'))
print(max(b'azb'), min(b'azb'), sorted(b'cab'), list(reversed(b'abc')))
print(list(enumerate(b'ab')), dict(zip(b'ab', b'cd')))
it = iter(b'ok')
print(next(it), next(it), next(it, 'end'), type(it).__name__)
for i, bad in enumerate([lambda: b'a'[1], lambda: b''[0], lambda: b'a'[float(1)]]):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(i, type(e).__name__, e)
print(b[slice(0, 2)], b[slice(None, None, -3)])
