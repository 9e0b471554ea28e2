# memoryview over bytes and bytearray: views without copies, writes
# through to a bytearray, exports that block resizing, release.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b"hello world")
m = memoryview(ba)
print(len(m), m[0], m[-1], m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.obj is ba)
s = m[6:]
print(s.tobytes(), s.tolist(), bytes(s), len(s), s.nbytes, s == b"world", s == bytearray(b"world"), s != b"x")
s[0] = ord("W")
print(ba)
m[0:5] = b"HELLO"
print(ba, m[::2].tobytes(), m[::-1].tobytes(), m[1:8:3].tolist(), m[::-2][1:3].tobytes())
def put(k, v):
    m[k] = v
def rm(k):
    del m[k]
t(lambda: put(0, 256))
t(lambda: put(0, b"x"))
t(lambda: put(slice(0, 2), b"abc"))
t(lambda: put(slice(0, 2), [1, 2]))
t(lambda: put(100, 1))
t(lambda: rm(0))
t(lambda: m[100])
t(lambda: m["a"])
t(lambda: ba.append(1))
t(lambda: ba.extend(b"xy"))
t(lambda: ba.pop())
def grow():
    global ba
    ba += b"x"
t(grow)
def shrink():
    del ba[0]
t(shrink)
ba[0] = 104
ba[0:1] = b"j"
print(ba)
t(lambda: ba.clear())
m.release()
s.release()
t(lambda: len(m))
t(lambda: m[0])
t(lambda: m.tobytes())
ba.append(33)
print(ba)
r = memoryview(b"read only")
print(r.readonly, r[0:4].tobytes(), list(r[:2]), hash(r) == hash(b"read only"))
def put_r():
    r[0] = 1
t(put_r)
t(lambda: memoryview(5))
t(lambda: memoryview("str"))
t(lambda: hash(memoryview(bytearray(b"x"))))
with memoryview(bytearray(b"ctx")) as c:
    print(c.tobytes())
t(lambda: c.tobytes())
x = bytearray(b"abc")
with memoryview(x) as v:
    v[1] = 66
x.append(100)
print(x, bytes(memoryview(x)[1:]), b"-".join([memoryview(b"a"), b"b"]), int.from_bytes(memoryview(b"\x01\x02"), "little"))
mm = memoryview(x)
mm2 = memoryview(mm)
mm.release()
t(lambda: x.append(1))
mm2.release()
x.append(1)
print(x, memoryview(b"abc") == memoryview(b"abc"))
t(lambda: memoryview(b"a") < memoryview(b"b"))
print(list(reversed(memoryview(b"ab"))), 98 in memoryview(b"abc"), str(memoryview(b"a"))[:10])
print(memoryview(b"abcdef")[::-2][::-1].tobytes(), memoryview(b"abcdef")[1:-1].shape)
print(hash(memoryview(b"abc")[::2]) == hash(b"ac"), bytes(memoryview(bytearray(b"zz"))))
empty = memoryview(bytearray())
print(empty.tobytes(), empty.tolist(), len(empty[::-1]), bytes(empty), empty == b"")
