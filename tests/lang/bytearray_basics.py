# bytearray: constructor forms, repr, equality with bytes, mutation, the
# bytes methods returning bytearray, unhashable, decode.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: bytearray())
t(lambda: bytearray(3))
t(lambda: bytearray(b"abc"))
t(lambda: bytearray([104, 105]))
t(lambda: bytearray(range(3)))
t(lambda: bytearray("héllo", "utf-8"))
t(lambda: bytearray("x", encoding="ascii"))
t(lambda: bytearray("x"))
t(lambda: bytearray(-1))
t(lambda: bytearray([256]))
t(lambda: bytearray(1.5))
t(lambda: bytearray(b"x", "utf-8"))
t(lambda: bytearray(bytearray(b"copy")))
t(lambda: bytearray(b"it's"))
t(lambda: bytearray(b"\x00\xff\n"))
print(str(bytearray(b"s")), len(bytearray(b"abc")), bool(bytearray()), bool(bytearray(1)))

a = bytearray(b"hello")
print(a == b"hello", b"hello" == a, a == bytearray(b"hello"), a != b"x", a < b"hellp", a == "hello")
print(a[0], a[-1], a[1:3], a[::-1], a[::2], type(a[1:3]).__name__)
t(lambda: a[5])
t(lambda: hash(a))
t(lambda: {a: 1})
print(b"ell" in a, 104 in a, b"z" in a, bytearray(b"el") in b"hello")
print(list(a), [x for x in reversed(a)])

a[0] = 74
print(a)
a[1:3] = b"EL"
print(a)
a[1:3] = b""
print(a)
a[0:0] = bytearray(b"<<")
print(a)
a[len(a):] = [33, 33]
print(a)
a[::2] = b"abcd"
print(a)
def put(k, v):
    a[k] = v
t(lambda: put(slice(None, None, 2), b"ab"))
t(lambda: put(0, 256))
t(lambda: put(0, b"x"))
t(lambda: put(99, 1))
t(lambda: put(slice(0, 1), 5))
t(lambda: put(slice(0, 1), "s"))
del a[0]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)

b = bytearray(b"ab")
b.append(99)
b.extend(b"de")
b.extend([102, 103])
b.extend(bytearray(b"h"))
print(b, b.pop(), b.pop(0), b)
b.insert(0, 65)
b.insert(-1, 66)
b.insert(100, 67)
print(b)
b.remove(66)
print(b)
t(lambda: b.remove(200))
t(lambda: b.remove(1))
t(lambda: bytearray().pop())
t(lambda: b.append(300))
t(lambda: b.extend(5))
t(lambda: b.extend("str"))
b.reverse()
print(b)
c = b.copy()
b.clear()
print(b, c, len(b))
c += b"++"
print(c)
c *= 2
print(c)
d = c
d += b"!"
print(c is d, c)
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") * 2, 3 * bytearray(b"x"))
print(type(b"ab" + bytearray(b"cd")).__name__)
t(lambda: bytearray(b"a") + "b")

x = bytearray(b" Hello, World ")
print(x.strip(), x.lower(), x.upper(), x.split(b","), x.split(), x.replace(b"l", b"L"))
print(x.find(b"o"), x.rfind(b"o"), x.count(b"l"), x.index(b"W"), x.startswith(b" H"))
print(x.partition(b","), x.rpartition(b"Z"), x.strip().title(), x.center(20, b"*"))
print(x.decode(), x.decode("ascii"), x.hex(), bytearray.fromhex("41 42"), x.zfill(16))
print(bytearray(b"a-b").join([b"x", bytearray(b"y")]), b"-".join([bytearray(b"1"), b"2"]))
print(x.isalpha(), bytearray(b"abc").isalpha(), x.splitlines(), x.translate(None, b"lo"))
print(bytes(x), type(bytes(x)).__name__, bytes(bytearray(b"q")) == b"q")
print(b"a,b".split(bytearray(b",")), b"abc".startswith(bytearray(b"a")))
print(bytearray.maketrans(b"a", b"b")[97:98], type(bytearray.maketrans(b"a", b"b")).__name__)
print(isinstance(x, bytearray), isinstance(x, bytes), type(x).__name__)
print(int.from_bytes(bytearray(b"\x01\x00"), "big"), (258).to_bytes(2, "big") == bytearray(b"\x01\x02"))
print(sorted([bytearray(b"b"), bytearray(b"a")]), max(bytearray(b"az")))
print(b"abc".startswith((bytearray(b"x"), memoryview(b"ab"))), bytearray(b"abc").endswith((b"q", bytearray(b"bc"))))
t(lambda: b"abc".startswith((b"a", "a")))
print(bytearray(b"a b").split(sep=bytearray(b" ")), bytearray(b"abc").find(bytearray(b"c"), 1))
def edit(f):
    x = bytearray(b"abcdef")
    f(x)
    return x
def self_view(x):
    x[0:2] = memoryview(x)
def del_rev(x):
    del x[::-1]
def set_rev(x):
    x[::-2] = b"XYZ"
def del_rev_step(x):
    del x[-1:0:-2]
def empty_slice(x):
    x[4:1] = b"__"
for f in (self_view, del_rev, set_rev, del_rev_step, empty_slice):
    t(lambda: edit(f))
t(lambda: bytearray(b"ab").pop(5))
t(lambda: bytearray(b"ab").insert(0, 256))
t(lambda: bytearray(b"ab")["x"])
t(lambda: bytearray(b"ab")[True])
t(lambda: bytearray(b"ab").extend(range(3)))
t(lambda: bytearray(iter([1, 2])))
t(lambda: bytearray(b"abc") * -1)
t(lambda: bytearray(b"ab") + memoryview(b"xy"))
