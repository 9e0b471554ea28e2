# memoryview.cast to struct's native single-character formats: items of
# the machine's byte order (little-endian here), read, written through to
# a bytearray, listed, compared; CPython's errors for the refused casts.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


b = bytes([1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 255, 255, 255, 255])
m = memoryview(b)
for f in 'BbHhIiLlQqNnP':
    c = m.cast(f)
    print(f, len(c), c.tolist(), c.format, c.itemsize, c.nbytes, c.shape, c.strides)
print(m.cast('I')[3], m.cast('I')[-1], m.cast('i')[-1], m.cast('@H')[1:4].tolist())
print(m.cast('I')[::2].tolist(), m.cast('I')[::-1].tolist(), list(m.cast('h')), list(reversed(m.cast('i'))))
print(m.cast('c').tolist()[:5], m.cast('?').tolist()[:5], m.cast('I').cast('B').tolist()[:4])
print(m.cast('I').tobytes() == b, bytes(m.cast('H')) == b, m.cast('I').obj is b, m.cast('I').readonly)
d = memoryview(bytes([0, 0, 0, 0, 0, 0, 248, 63, 0, 0, 0, 0, 0, 0, 0, 192])).cast('d')
print(d.tolist(), len(d), d[1], d.format, d.itemsize)
fl = memoryview(bytes([0, 0, 192, 63, 0, 0, 0, 192])).cast('f')
print(fl.tolist(), fl[0], fl[1])

ba = bytearray(16)
mm = memoryview(ba).cast('I')
mm[0] = 7
mm[1] = 0xffffffff
mm[-1] = True
print(ba, mm.tolist())
mq = memoryview(ba).cast('q')
mq[1] = -2
print(mq.tolist(), ba[8:])
mq[0:1] = memoryview(bytes(8)).cast('q')
print(mq.tolist())
md = memoryview(ba).cast('d')
md[0] = 2.5
md[1] = 3
print(md.tolist())
mf = memoryview(ba).cast('f')
mf[0] = 0.1
print(mf[0], mf.tolist()[1:])
mc = memoryview(ba).cast('c')
mc[0] = b'z'
mb = memoryview(ba).cast('?')
mb[1] = []
print(ba[:2], mc[0], mb[0], mb[1])

print(m.cast('I') == m.cast('I'), m.cast('B') == b, m.cast('b') == m, m.cast('I') == b)
print(m.cast('I') != b, b == m.cast('I'), m.cast('H') == [1, 0], hash(m.cast('b')) == hash(b))
print(memoryview(b'\x01\x00\x02\x00').cast('H') == memoryview(b'\x01\x00\x00\x00\x02\x00\x00\x00').cast('I'))
show(lambda: m.cast(1))
show(lambda: m.cast('e'))
show(lambda: m.cast('<I'))
show(lambda: m.cast('x'))
show(lambda: m[::2].cast('B'))
show(lambda: m.cast('H').cast('I'))
show(lambda: memoryview(b'abc').cast('I'))
show(lambda: hash(m.cast('H')))
show(lambda: m.cast('H') < m.cast('H'))
show(lambda: m.cast('I').__setitem__(0, 1))
show(lambda: mm.__setitem__(0, -1))
show(lambda: mm.__setitem__(0, 2 ** 32))
show(lambda: mm.__setitem__(0, 1.5))
show(lambda: mq.__setitem__(0, 2 ** 63))
show(lambda: mm.__setitem__(0, 'x'))
show(lambda: md.__setitem__(0, 'x'))
show(lambda: mf.__setitem__(0, 1e300))
show(lambda: mc.__setitem__(0, b'ab'))
show(lambda: mc.__setitem__(0, 1))
show(lambda: mm.__setitem__(slice(0, 1), b'abcd'))
show(lambda: mm[4])
m2 = m.cast('I')
m2.release()
show(lambda: m2.tolist())
