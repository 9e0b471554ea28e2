# bytes(...) in each of its forms
print(bytes(), bytes(0), bytes(4), bytes(True))
print(bytes([104, 105]), bytes((0, 255)), bytes(range(65, 70)), bytes(iter([1, 2])))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('é', encoding='latin-1'))
print(bytes('é', 'ascii', 'replace'), bytes(source=b'copy'))
print(bytes(b'same') == b'same', bytes(x for x in [7, 8]))
def gen():
    yield 120
    yield 121
print(bytes(gen()), bytes({3: 'a', 1: 'b'}), bytes(bytes(2)))
for bad in [lambda: bytes('abc'), lambda: bytes(1.5), lambda: bytes(-1), lambda: bytes([256]),
            lambda: bytes([-1]), lambda: bytes(['a']), lambda: bytes(3, 'utf-8'),
            lambda: bytes(None), lambda: bytes(b'x', 'ascii'), lambda: bytes([1.0])]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
