# int() and float() of bytes, bytearray and memoryview: CPython parses their
# ASCII text, and a failure shows the bytes' repr.
for args in [(b'12',), (b'12', 16), (bytearray(b'7'),), (b' 1_0 ',), (b'0x1f', 0), ]:
    try:
        print(repr(args), int(*args))
    except (ValueError, TypeError) as e:
        print(repr(args), type(e).__name__, e)
for bad in [b'x', b'1.5', bytearray(b''), b'1\xff', b'1\x00', memoryview(b'9z')]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [b'1.5', bytearray(b' 2e3 '), b'inf', b'nan']:
    print(float(v))
try:
    float(b'abc')
except ValueError as e:
    print(e)
print(int(memoryview(b'42')), float(memoryview(b'0.5')), int(b'  -7\n'), int(b'z', 36))
