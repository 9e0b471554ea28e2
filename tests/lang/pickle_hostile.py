# pickle.loads of hostile bytes: every truncation of valid pickles raises
# EOFError or UnpicklingError as CPython's does (same type, same message);
# random bytes, bare and behind a protocol header, and single-byte
# mutations of valid pickles (fixed seed) raise only the exceptions pickle
# documents, never crash or hang.
import pickle
import random


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


samples = [
    [1, -2, 3.5, "é", b"xy", None, True, 2**70, (1, 2), {"k": {1, 2}}, frozenset({3})],
    {"a": [1] * 3, "b": ("t", bytearray(b"z"))},
    Point(1, [2]),
    1 + 2j,
]
for obj in samples:
    for p in range(6):
        d = pickle.dumps(obj, p)
        seen = []
        for i in range(len(d)):
            try:
                pickle.loads(d[:i])
                seen.append("ok")
            except Exception as e:
                seen.append("%s: %s" % (type(e).__name__, e))
        runs = []
        for s in seen:
            if runs and runs[-1][0] == s:
                runs[-1][1] += 1
            else:
                runs.append([s, 1])
        print(p, len(d), runs)

# CPython also raises LookupError (a STRING's encoding argument names no
# codec) and MemoryError (it allocates an 8-byte length before reading).
ALLOWED = (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
           ImportError, IndexError, KeyError, OverflowError, LookupError, MemoryError)
rng = random.Random(1234)
valid = [pickle.dumps(o, p) for o in samples for p in range(6)]
unexpected = []
count = 0
for n in range(3000):
    kind = n % 3
    if kind == 0:
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40)))
    elif kind == 1:
        data = b"\x80" + bytes([rng.randrange(6)]) + bytes(
            rng.randrange(256) for _ in range(rng.randrange(1, 30)))
    else:
        base = bytearray(rng.choice(valid))
        base[rng.randrange(len(base))] = rng.randrange(256)
        data = bytes(base)
    try:
        pickle.loads(data)
    except ALLOWED:
        count += 1
    except Exception as e:
        unexpected.append((data, type(e).__name__))
print("unexpected:", unexpected)
print(count > 1000)
