# round: banker's rounding of halves, ndigits positive, zero and negative, ints and floats.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375,
          1e20, 1.23456789e-5, 123456.789, -0.0, 2**53 + 0.5, 7.0]:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2))
for n in [0, 5, 15, 25, 35, -25, 1234, 1250, 1350, -1250, 10**20 + 50, 2**64 + 5, 99]:
    print(n, round(n), round(n, 2), round(n, -1), round(n, -2), round(n, -3), round(n, -30))
print(round(True), round(False, 1), round(2.5, None), round(0.1 + 0.2, 15), round(1e308, -308))
print(isinstance(round(2.5), int), isinstance(round(2.5, 0), float), isinstance(round(25, -1), int))
print(round(float('inf'), 2), round(float('nan'), 1), round(-0.0, 2), round(5e-324, 400), round(1.5, 400))
