# hash of ints, floats, bools, None-free tuples: deterministic in CPython.
for v in [0, 1, -1, -2, 2, 100, -100, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, -2**63,
          2**64, -2**64, 10**20, -10**20, 2**100 + 7, -(2**100) - 7, 12345678901234567890123]:
    print(v, hash(v))
for v in [0.0, -0.0, 0.5, 1.5, -2.5, 1.0, 2.0, 0.1, 1e100, -1e-100, 3.14159, 1e22, float('inf'),
          float('-inf'), 2.0**61, 2.0**62, 123.456]:
    print(repr(v), hash(v))
print(hash(True), hash(False))
for t in [(), (1,), (1, 2), (2, 1), (1, 2, 3), (0.5, True), ((1, 2), (3,)), (2**64, -1), (-1,), (-2,)]:
    print(t, hash(t))
print(hash(1) == hash(1.0) == hash(True), hash(2**64) == hash(2.0**64), hash((1, 2)) == hash((1.0, 2.0)))
