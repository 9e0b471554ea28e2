# abs of ints (including the int64 minimum and bignums), floats, bools.
for v in [0, 5, -5, 2**63 - 1, -2**63, -2**63 - 1, 2**64, -2**100, 1.5, -1.5, -0.0, 0.0,
          float('inf'), float('-inf'), True, False, -1e-300]:
    print(repr(v), abs(v), repr(abs(v)))
print(abs(float('nan')), abs(-3) + abs(3), abs(-2**64) - 2**64)
