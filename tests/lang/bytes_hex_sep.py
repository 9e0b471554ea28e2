# bytes.hex(sep, bytes_per_sep) on bytes, bytearray and memoryview: groups
# counted from the right (positive) or the left (negative), and the errors.
b = bytes(range(1, 8))
for sep in ('-', b':', None):
    for per in (1, 2, 3, -2, -3, 0, 7, 9, -9):
        print(repr(sep), per, b.hex(sep, per) if sep is not None else b.hex())
print(b.hex(bytes_per_sep=2, sep='_'), bytearray(b).hex(':'), memoryview(b).hex())
for bad in ('ab', 'é', b'\xff', 5, b''):
    try:
        b.hex(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b''.hex(':'))
