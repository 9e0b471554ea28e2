# hash and equality of complex: CPython's values, exact comparison with ints.
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(0j) == hash(0) == hash(False))
for z in [1 + 2j, -1.5j, 1e300j, complex(-1, -1), complex(2 ** 60, 3), 0.1 + 0.2j, complex(-0.0, -0.0),
          complex(float('inf'), 1), complex(1, float('-inf'))]:
    print(repr(z), hash(z))
print(1 + 0j == 1, 1j == 1j, 1j != 0, 1.0 == 1 + 0j, True == 1 + 0j, 1j == 'j', 1j == None)
print(complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex(2 ** 53, 0) == 2 ** 53, 10 ** 400 == 1j)
print(complex(float('nan'), 0) == complex(float('nan'), 0), [1j, 2] == [1j, 2.0], 1j in [1j])
print((1 + 0j) in {1}, {1: 'a', 1 + 0j: 'b', 2j: 'c'}, len({1, 1.0, 1 + 0j, 1j}))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(float('nan'), 0)), not 0j)
for f in [lambda: 1j < 2j, lambda: 1j <= 1, lambda: 1 > 1j, lambda: 2.5 >= 1j,
          lambda: sorted([1j, 2j]), lambda: max(1j, 2j), lambda: min([0j, 1])]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
import json
import math
for f in [lambda: math.sqrt(1j), lambda: math.floor(1j), lambda: math.isnan(1j), lambda: json.dumps(1j),
          lambda: json.dumps([1 + 2j])]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
