# pickle.dumps of the built-in values at every protocol, byte for byte as
# CPython's C pickler writes them, and loads of each back; shared and
# recursive references through the memo; protocol 4 frames around large
# payloads.
import hashlib
import pickle

values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, -2**31, 2**31,
    -2**31 - 1, 2**63, -2**63, 2**64, -2**100, 10**600, -10**600,
    1.5, -0.0, 1e300, float("inf"), float("-inf"), 1e-310,
    "abc", "", "é\n\r\\\0\x1a€𝄞", "x" * 300,
    b"", b"xyz", b"\x00\xff" * 200, bytearray(b"q"), bytearray(),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),),
    [], [1], [1, 2], [[], [[]]], {}, {1: 2}, {1: 2, 3: 4}, {"k": [1, (2,)]},
    {1, 2, 3}, set(), frozenset(), frozenset({5, 6}), 3 + 4j, -0.5j,
    int, len, pickle.PickleError, Exception,
]
for v in values:
    for p in range(6):
        d = pickle.dumps(v, p)
        r = pickle.loads(d)
        ok = r == v or (v != v) or (type(r) is type(v) and repr(r) == repr(v))
        print(p, d, ok, type(r).__name__)

# the memo: shared references stay shared, cycles close
shared = [1, "s"]
t = (shared, shared, {"k": shared})
for p in range(6):
    d = pickle.dumps(t, p)
    r = pickle.loads(d)
    print("shared", p, d, r[0] is r[1] is r[2]["k"])
rec = [1, 2]
rec.append(rec)
for p in range(6):
    d = pickle.dumps(rec, p)
    r = pickle.loads(d)
    print("list cycle", p, d, r[2] is r)
inner = []
tup = (inner, 5)
inner.append(tup)
for p in range(6):
    d = pickle.dumps(tup, p)
    r = pickle.loads(d)
    print("tuple cycle", p, d, r[0][0] is r)
rd = {}
rd["me"] = rd
for p in range(6):
    d = pickle.dumps(rd, p)
    print("dict cycle", p, d, pickle.loads(d)["me"] is not None)

# batches of 1000 and the trailing empty batch of an exact dict or set
for n in (999, 1000, 1001, 2000):
    for p in (1, 2, 4):
        ld = pickle.dumps(list(range(n)), p)
        dd = pickle.dumps({i: i for i in range(n)}, p)
        print(n, p, len(ld), ld[-14:], len(dd), dd[-14:])
    sd = pickle.dumps(set(range(n)), 4)
    print(n, len(sd), sd[-14:], pickle.loads(sd) == set(range(n)))

# protocol 4 framing: frames close past 64 KiB, big payloads go unframed
big = [b"x" * 70000, "y" * 70000, list(range(30000)), "z" * 10, bytearray(b"w" * 66000)]
for p in (2, 3, 4, 5):
    d = pickle.dumps(big, p)
    print(p, len(d), hashlib.sha256(d).hexdigest(), pickle.loads(d) == big)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(1, -1), pickle.dumps(1), pickle.dumps([1], protocol=None))
