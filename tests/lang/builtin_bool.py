# bool() over values of every type.
for v in [0, 1, -1, 2**64, 0.0, -0.0, 0.1, float('nan'), float('inf'), '', '0', ' ', 'False', [], [[]], [0],
          (), ((),), {}, {'': ''}, None, True, False, range(0), range(-1), range(1)]:
    print(repr(v), bool(v))
print(bool(), bool(bool), bool(print))
