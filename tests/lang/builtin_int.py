# int(): from floats, strings in every base, bools, bignums; defaults.
print(int(), int(0), int(-0), int(7), int(-7), int(2**70), int(True))
print(int(3.7), int(-3.7), int(0.5), int(-0.5), int(1e15), int(1.5e19), int(-1e300) < 0)
for s in ['0', '42', '-42', '+42', ' 42 ', '0042', '1_000_000', '99999999999999999999999', '\n7\t']:
    print(repr(s), int(s))
for s, b in [('ff', 16), ('FF', 16), ('0xff', 16), ('-0Xff', 16), ('777', 8), ('0o17', 8), ('1010', 2),
             ('0b1010', 2), ('zz', 36), ('Zz', 36), ('10', 3), ('0', 0), ('0x1F', 0), ('0o17', 0),
             ('0b11', 0), ('123', 0), ('1_f', 16), ('-1', 7), ('ffffffffffffffffffffffff', 16)]:
    print(repr(s), b, int(s, b))
print(int('10', base=2), int('12'))
print(isinstance(int('5'), int), int(int(5)))
