# float as numbers.Real: real, imag, conjugate(), as_integer_ratio(), hex()
# and float.fromhex() with CPython's digits, rounding and errors.
for f in [0.0, -0.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 123456.789]:
    print(f.real, f.imag, f.conjugate(), f.as_integer_ratio(), f.hex())
    print(float.fromhex(f.hex()) == f, float.fromhex(f.hex()))
for s in ["0x1.8p1", "  -0X1P-2 ", "1.8", "+a.bp3", "inf", "-Infinity", "nan", "0x.8", "1p+10",
          "0x1.fffffffffffff7p1023", "0x1p-1080", "0x1p-1075", "0x3p-1076"]:
    print(repr(s), float.fromhex(s))
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
for bad in ["", "0x", "x1", "1.2.3", "0x1p", "0xg", "1p1.5", "infx"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["0x1p1024", "0x2p1023", "0x1.fffffffffffff8p1023"]:
    try:
        float.fromhex(bad)
    except OverflowError as e:
        print("OverflowError:", e)
for f in [float("inf"), float("-inf"), float("nan")]:
    try:
        f.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    print((1.5).numerator)
except AttributeError as e:
    print("AttributeError:", e)
n, d = (0.375).as_integer_ratio()
print(n / d)
