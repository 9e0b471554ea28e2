# float(): from ints, strings, special values.
print(float(), float(0), float(7), float(-7), float(True), float(2**70), float(10**20))
for s in ['0', '1.5', '-1.5', '+1.5', ' 2.5 ', '1e3', '1E-3', '.5', '5.', '1_000.000_1', 'inf', '-inf',
          'Infinity', '-INFINITY', 'nan', 'NaN', '-nan', '1e400', '-1e400', '1e-400', '0.1', '00.25', '\t3\n']:
    print(repr(s), float(s))
print(float(1.5), float(-0.0), float(2**53 + 1), float(123456789012345678901234567890))
print(isinstance(float('1'), float), float('1') == 1)
